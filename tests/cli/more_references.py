#!/usr/bin/python3
"""Reference values for tests/cli/measures_test.cpp (the calculator's joint, channel, Renyi, TV, Hellinger,
chi-squared and multivariate normal measures), by mpmath at 30 digits, each from its textbook definition;
nothing is shared with the C++ library.

    /usr/bin/python3 tests/cli/more_references.py        (Debian's python3-mpmath 1.2.1; takes a second)

prints each value to 25 significant digits with the command it belongs to; measures_test.cpp carries them.
Capacities are closed forms (checked here by a brute-force maximisation of I(X;Y) over the input)."""

import mpmath as mp

mp.mp.dps = 30
f = mp.mpf
LN2 = mp.log(2)


def show(command, value, how):
    print(f'{command:60s} {mp.nstr(value, 25):>32s}   {how}')


# Joint table J = (0.3, 0.2; 0.1, 0.4), X the row, Y the column.
J = [[f('0.3'), f('0.2')], [f('0.1'), f('0.4')]]
px = [sum(r) for r in J]
py = [sum(J[x][y] for x in range(2)) for y in range(2)]
hxy = -sum(p * mp.log(p) for r in J for p in r)
hy_x = -sum(J[x][y] * mp.log(J[x][y] / px[x]) for x in range(2) for y in range(2))
ixy = sum(J[x][y] * mp.log(J[x][y] / (px[x] * py[y])) for x in range(2) for y in range(2))
show('joint-entropy 0.3,0.2;0.1,0.4', hxy, '-sum P log P')
show('joint-entropy 0.3,0.2;0.1,0.4 --base 2', hxy / LN2, '-sum P log2 P')
show('conditional-entropy 0.3,0.2;0.1,0.4', hy_x, '-sum P(x,y) log P(x,y)/P(x)')
show('conditional-entropy 0.3,0.2;0.1,0.4 --base 2', hy_x / LN2, 'the same in bits')
show('mutual-information 0.3,0.2;0.1,0.4', ixy, 'sum P log P/(P(x)P(y))')
show('mutual-information 0.3,0.2;0.1,0.4 --base 10', ixy / mp.log(10), 'the same in bans')


# Capacities in bits: closed forms, each checked against a maximisation of I(X;Y) over binary inputs.
def info_bits(r, W):
    q = [sum(r[x] * W[x][y] for x in range(len(W))) for y in range(len(W[0]))]
    return sum(r[x] * W[x][y] * mp.log(W[x][y] / q[y]) for x in range(len(W)) for y in range(len(W[0]))
               if W[x][y] > 0 and r[x] > 0) / LN2


def h2(p):
    return -(p * mp.log(p) + (1 - p) * mp.log(1 - p)) / LN2


def check_capacity(command, W, closed, how):
    best = mp.findroot(lambda a: mp.diff(lambda t: info_bits([t, 1 - t], W), a), f('0.5'))
    brute = info_bits([best, 1 - best], W)
    assert abs(brute - closed) < f('1e-25'), (command, brute, closed)
    show(command, closed, how + '; = max over inputs of I(X;Y)')


e = f('0.11')
check_capacity('capacity 0.89,0.11;0.11,0.89 --base 2', [[1 - e, e], [e, 1 - e]], 1 - h2(e), '1 - h(0.11)')
e = f('0.25')
check_capacity('capacity 0.75,0.25,0;0,0.25,0.75 --base 2', [[1 - e, e, 0], [0, e, 1 - e]], 1 - e, '1 - erasure')
p = f('0.3')
check_capacity('capacity 1,0;0.3,0.7 --base 2', [[1, 0], [p, 1 - p]],
               mp.log(1 + (1 - p) * p ** (p / (1 - p))) / LN2, 'Z channel: log2(1 + (1-p) p^(p/(1-p)))')

# P = (0.42, 0.31, 0.27), Q = (0.25, 0.5, 0.25).
P = [f('0.42'), f('0.31'), f('0.27')]
Q = [f('0.25'), f('0.5'), f('0.25')]
show('tv P Q', sum(abs(a - b) for a, b in zip(P, Q)) / 2, '(1/2) sum |P - Q|')
show('hellinger P Q', mp.sqrt(sum((mp.sqrt(a) - mp.sqrt(b)) ** 2 for a, b in zip(P, Q)) / 2),
     'sqrt((1/2) sum (sqrt P - sqrt Q)^2)')
chi2 = sum((a - b) ** 2 / b for a, b in zip(P, Q))
show('chi2 P Q', chi2, 'sum (P - Q)^2 / Q')
for alpha, a in ((f(2), '2'), (f('0.5'), '0.5')):
    d = mp.log(sum(a ** alpha * b ** (1 - alpha) for a, b in zip(P, Q))) / (alpha - 1)
    show(f'renyi P Q --alpha {a}', d, 'log(sum P^a Q^(1-a))/(a-1)')
    h = mp.log(sum(a ** alpha for a in P)) / (1 - alpha)
    show(f'renyi P --alpha {a} --base 2', h / LN2, 'log2(sum P^a)/(1-a)')
show('renyi P Q --alpha 2 = log(1 + chi2)', mp.log(1 + chi2), 'log(1 + chi2)')


# Densities: normal(0,1) against normal(1,2), by mp.quad split at the crossings of p and q.
def npdf(m, s):
    return lambda x: mp.exp(-((x - m) / s) ** 2 / 2) / (s * mp.sqrt(2 * mp.pi))


p, q = npdf(0, 1), npdf(1, 2)
# p = q where -x^2/2 = -(x-1)^2/8 - log 2: 3x^2 + 2x - 1 - 8 log 2 = 0
roots = sorted([(-2 + s * mp.sqrt(4 + 12 * (1 + 8 * LN2))) / 6 for s in (-1, 1)])
pts = [-mp.inf, -40, -10] + roots + [10, 40, mp.inf]
show("tv normal(0,1) normal(1,2)", mp.quad(lambda x: abs(p(x) - q(x)), pts) / 2, 'mp.quad (1/2) int |p - q|')
show("hellinger normal(0,1) normal(1,2)", mp.sqrt(mp.quad(lambda x: (mp.sqrt(p(x)) - mp.sqrt(q(x))) ** 2, pts) / 2),
     'mp.quad of the definition')
show("chi2 normal(0,1) normal(1,2)", mp.quad(lambda x: (p(x) - q(x)) ** 2 / q(x), pts), 'mp.quad int (p-q)^2/q')
show("renyi normal(0,1) normal(1,2) --alpha 2", mp.log(mp.quad(lambda x: p(x) ** 2 / q(x), pts)),
     'mp.quad log int p^2/q')
show("renyi normal(0,1) normal(1,2) --alpha 0.5", -2 * mp.log(mp.quad(lambda x: mp.sqrt(p(x) * q(x)), pts)),
     'mp.quad -2 log int sqrt(pq)')

# Multivariate normals, from the formulas with mpmath matrices.
m1, S1 = mp.matrix([0, 0]), mp.matrix([[1, f('0.5')], [f('0.5'), 2]])
m2, S2 = mp.matrix([1, 0]), mp.matrix([[1, 0], [0, 1]])
m3, S3 = mp.matrix([1, -1]), mp.matrix([[2, f('-0.3')], [f('-0.3'), f('0.5')]])
k = 2


def h_mv(S):
    return (k * mp.log(2 * mp.pi * mp.e) + mp.log(mp.det(S))) / 2


def kl_mv(ma, Sa, mb, Sb):
    Sbi = mp.inverse(Sb)
    d = mb - ma
    tr = sum((Sbi * Sa)[i, i] for i in range(k))
    return (tr + (d.T * Sbi * d)[0, 0] - k + mp.log(mp.det(Sb) / mp.det(Sa))) / 2


show('entropy mvnormal(0,0|1,0.5;0.5,2)', h_mv(S1), '(k log(2 pi e) + log det S)/2')
show('entropy mvnormal(0,0|1,0.5;0.5,2) --base 2', h_mv(S1) / LN2, 'the same in bits')
show('kl mvnormal(0,0|1,0.5;0.5,2) mvnormal(1,0|1,0;0,1)', kl_mv(m1, S1, m2, S2),
     '(tr(Sq^-1 Sp) + d Sq^-1 d - k + log det Sq/det Sp)/2')
show('kl mvnormal(1,-1|2,-0.3;-0.3,0.5) mvnormal(0,0|1,0.5;0.5,2)', kl_mv(m3, S3, m1, S1), 'the same formula')
