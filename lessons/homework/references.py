#!/usr/bin/python3
"""Reference values of the homework's tests, computed independently of the workbook's C++ code.

Run: /usr/bin/python3 lessons/homework/references.py [NN | name ...]   (a lesson number or an exercise name)
Each section is "lessonNN name  what", then the values; the tests in lessons/NN_topic/exercises_test.cpp
quote these values to 15-18 significant digits, with "references.py lessonNN name" beside them (name is the
exercise's name in the lesson's homework.json). Everything is mpmath at 30 significant
digits (40 for lessons 09 and 10, 50 for lesson 15): sums are exact sums of the pmfs, integrals are mpmath.quad
with the breakpoints given, roots are mpmath.findroot. Values that are exact (1.5 bits, ln 2, 2^-1000) are
written as such in the tests and need no reference.
Lesson 12's code lengths are whole numbers of bits, so its expected lengths are exact fractions (printed as
"14/5 = 2.8"): the masses are read as Fraction('0.4') = 2/5, Huffman's code is built with heapq on those
fractions (its expected length does not depend on how ties are broken), Shannon lengths are ceil(-log2 p) at 50
digits (checked to be no near-tie with a whole number), and the cross-entropies beside the costs are at 30.
Lesson 13's capacities are the Blahut-Arimoto iteration run until its two bounds are within 1e-26 bits, with the
closed forms (BSC, Z channel) printed beside them. Lesson 14's Kozachenko-Leonenko sums find every neighbour
distance by brute force and use mpmath's digamma. Lesson 15 takes each input as the double the test passes
(mpf(float(...))), at 50 digits because the Renyi divergence at alpha = 1 + 1e-10 divides by 1e-10.
"""
import heapq
import sys
from fractions import Fraction

from mpmath import (binomial, ceil, diff, digamma, e, exp, factorial, findroot, fsum, inf, log, mp, mpf, mpmathify,
                    ncdf, npdf, nsum, pi, quad, sqrt)

mp.dps = 30
L2, L10 = log(2), log(10)
M = lambda values: [mpf(v) for v in values]  # noqa: E731  exact decimal inputs, as the tests write them
R, S = M(['0.42', '0.31', '0.27']), M(['0.25', '0.5', '0.25'])
THIRD = [mpf(1) / 3] * 3


def H(p, b=1):
    return -fsum([x * log(x) for x in p if x > 0]) / b


def CE(p, q, b=1):
    return -fsum([a * log(c) for a, c in zip(p, q) if a > 0]) / b


def KL(p, q, b=1):
    total = mpf(0)
    for a, c in zip(p, q):
        if a > 0:
            if c == 0:
                return inf
            total += a * log(a / c)
    return total / b


def JS(p, q, b=1):
    m = [(a + c) / 2 for a, c in zip(p, q)]
    return (KL(p, m, b) + KL(q, m, b)) / 2


def lnN(x, m, s):
    return -log(2 * pi * s ** 2) / 2 - (x - m) ** 2 / (2 * s ** 2)


def mixpdf(parts, x):
    return fsum([w * npdf(x, m, s) for w, m, s in parts])


def binpmf(n, p, k):
    p = mpmathify(p)
    return binomial(n, k) * p ** k * (1 - p) ** (n - k) if 0 <= k <= n else mpf(0)


def poipmf(m, k):
    m = mpmathify(m)
    return exp(-m) * m ** k / factorial(k)


def softmax(z):
    z = M(z)
    top = max(z)
    lse = top + log(fsum([exp(v - top) for v in z]))
    return [exp(v - lse) for v in z], lse


BIMODAL = [(mpf('0.5'), mpf(-2), mpf('0.6')), (mpf('0.5'), mpf(2), mpf('0.6'))]
LOPSIDED = [(mpf('0.3'), mpf(-1), mpf('0.5')), (mpf('0.7'), mpf(3), mpf(1))]
THREE = [(mpf('0.2'), mpf(-10), mpf(1)), (mpf('0.5'), mpf(0), mpf('0.1')), (mpf('0.3'), mpf(4), mpf(3))]


def reverse_kl(m, s, parts):
    m, s = mpf(m), mpf(s)
    return quad(lambda z: npdf(z) * (lnN(m + s * z, m, s) - log(mixpdf(parts, m + s * z))), [-40, -10, 0, 10, 40])


def forward_kl(parts, m, s):
    m, s = mpf(m), mpf(s)
    cuts = sorted(set([-60, 60] + [pm for _, pm, _ in parts]))
    return quad(lambda x: mixpdf(parts, x) * (log(mixpdf(parts, x)) - lnN(x, m, s)), cuts)


def reverse_fit(parts, start):
    """Solves grad KL(N(m, s) || P) = 0 (derivatives under the integral, z = (x - m)/s) from `start`."""
    def dmix(x):
        return fsum([-w * npdf(x, pm, ps) * (x - pm) / ps ** 2 for w, pm, ps in parts])

    def grad(m, s):
        g_m = quad(lambda z: -npdf(z) * dmix(m + s * z) / mixpdf(parts, m + s * z), [-30, 0, 30])
        g_s = -1 / s + quad(lambda z: -npdf(z) * z * dmix(m + s * z) / mixpdf(parts, m + s * z), [-30, 0, 30])
        return g_m, g_s
    return findroot(grad, (mpf(start[0]), mpf(start[1])))


def binned(cdf, lo, hi, n):
    lo, hi = mpf(lo), mpf(hi)
    d = (hi - lo) / n
    edges = [cdf(lo + k * d) for k in range(n + 1)]
    masses = [edges[k + 1] - edges[k] for k in range(n)]
    return -fsum([x * log(x) for x in masses if x > 0]) + log(d)


def lesson01():
    yield 'surprisal_bits', 'S(1/6), S(0.9), S(0.1), S(1e-300), S(1 - 2^-30) in bits', [
        -log(mpf(1) / 6) / L2, -log(mpf('0.9')) / L2, -log(mpf('0.1')) / L2, -log(mpf('1e-300')) / L2,
        -log(1 - mpf(2) ** -30) / L2]
    yield 'probability_from_surprisal_bits', '2^-1000, 2^-0.5, 2^-7.5', [
        mpf(2) ** -1000, mpf(2) ** mpf('-0.5'), mpf(2) ** mpf('-7.5')]
    yield 'convert', '3 nats in bits, 1 ban in bits, 1 bit in bans, 2 nats in bans, 5 bits in nats, 1 ban in nats, -1.5 bits in nats', [
        3 / L2, L10 / L2, L2 / L10, 2 / L10, 5 * L2, L10, mpf('-1.5') * L2]
    yield 'convert', '1 nat in bits, log2 6 bits in nats (ln 6), 1e-300 nats in bits', [
        1 / L2, log(6), mpf('1e-300') / L2]
    yield 'joint_surprisal_bits', 'two aces, (0.9, 0.1), 2000 x 0.001, 3 x 1e-300 in bits', [
        -2 * log(mpf(4) / 52) / L2, -(log(mpf('0.9')) + log(mpf('0.1'))) / L2, 2000 * -log(mpf('0.001')) / L2,
        3 * -log(mpf('1e-300')) / L2]


def lesson02():
    yield 'entropy', 'H(die) bits, H(0.7,0.2,0.1) nats and bans, H(0.9,0.1) bits', [
        H([mpf(1) / 6] * 6, L2), H(M(['0.7', '0.2', '0.1'])), H(M(['0.7', '0.2', '0.1']), L10), H(M(['0.9', '0.1']), L2)]
    yield 'entropy', 'H(1 - 1e-6, 1e-6) bits, H(1, 1e-300, 1e-300) bits', [
        H(M(['0.999999', '1e-6']), L2), H(M([1, '1e-300', '1e-300']), L2)]
    yield 'most_uncertain_distribution', 'ln 6, ln 8, log2 1e6, log10 3', [log(6), log(8), log(10 ** 6) / L2, log(3) / L10]
    counts = lambda c: H([mpf(x) / sum(c) for x in c], L2)  # noqa: E731
    yield 'entropy_from_counts_bits', 'H of counts (3,1), (5,0,3,0,2), (1..10), (999999,1) in bits', [
        counts([3, 1]), counts([5, 0, 3, 0, 2]), counts(list(range(1, 11))), counts([999999, 1])]
    h2 = lambda p: H([p, 1 - p], L2)  # noqa: E731
    yield 'inverse_binary_entropy', 'H2^-1 of 0.5, 0.01, 0.25, 0.9', [
        findroot(lambda p: h2(p) - mpf(h), (mpf('1e-6'), mpf('0.5')), solver='anderson') for h in ['0.5', '0.01', '0.25', '0.9']]
    yield 'inverse_binary_entropy', 'H2^-1 of 1e-6, 0.999999', [
        findroot(lambda p: h2(p) - mpf('1e-6'), (mpf('1e-12'), mpf('0.1')), solver='anderson'),
        findroot(lambda p: h2(p) - mpf('0.999999'), (mpf('0.4'), mpf('0.5')), solver='anderson')]


def lesson03():
    yield 'cross_entropy', 'H((0,0,1),(0.2,0.3,0.5)) nats; H((.5,.5),(.25,.75)) bits; H(P,P) (0.2,0.3,0.5) nats', [
        CE(M([0, 0, 1]), M(['0.2', '0.3', '0.5'])), CE(M(['0.5', '0.5']), M(['0.25', '0.75']), L2),
        CE(M(['0.2', '0.3', '0.5']), M(['0.2', '0.3', '0.5']))]
    yield 'cross_entropy', 'one-hot (0,1,0) vs (0.05,0.85,0.10) and (0.85,0.05,0.10); cat/dog bits; H(R,S), H(S,R); bans; ln 4', [
        CE(M([0, 1, 0]), M(['0.05', '0.85', '0.10'])), CE(M([0, 1, 0]), M(['0.85', '0.05', '0.10'])),
        CE(M([1, 0]), M(['0.8', '0.2']), L2), CE(M([1, 0]), M(['0.2', '0.8']), L2), CE(R, S), CE(S, R),
        CE(M(['0.5', '0.5']), M(['0.25', '0.75']), L10), CE(M(['0.5', '0.5', '0']), M(['0.25', '0.25', '0.5']))]
    yield 'cross_entropy', 'H((.5,.5),(1,1e-300)) nats', [CE(M(['0.5', '0.5']), M([1, '1e-300']))]


def lesson04():
    coin = lambda p, q: KL([mpf(p), 1 - mpf(p)], [mpf(q), 1 - mpf(q)], L2)  # noqa: E731
    yield 'kl_coins_bits', 'KL coins bits (0.5,0.9), (0.9,0.5), (1,0.9), (1,0.1), (0.999,0.001)', [
        coin('0.5', '0.9'), coin('0.9', '0.5'), coin(1, '0.9'), coin(1, '0.1'), coin('0.999', '0.001')]
    yield 'kl_coins_bits', 'KL coins bits (0.3,0.301), (0.5,1e-300)', [coin('0.3', '0.301'), coin('0.5', '1e-300')]
    yield 'kl_divergence', 'KL(Q||P) ln(3/2) nats and bits; R||S, S||R; Bin(2,.4)||U, U||Bin; (.1,.4,.5)||(.8,.15,.05) bits', [
        KL(M(['0.5', '0.5', '0']), THIRD), KL(M(['0.5', '0.5', '0']), THIRD, L2), KL(R, S), KL(S, R),
        KL(M(['0.36', '0.48', '0.16']), THIRD), KL(THIRD, M(['0.36', '0.48', '0.16'])),
        KL(M(['0.1', '0.4', '0.5']), M(['0.8', '0.15', '0.05']), L2)]
    yield 'kl_divergence', 'KL(R||(.421,.309,.27)) nats; KL((.5,.5)||(1,1e-300)) nats', [
        KL(R, M(['0.421', '0.309', '0.27'])), KL(M(['0.5', '0.5']), M([1, '1e-300']))]

    def bin_vs_uniform(n, p):
        p = mpmathify(p)
        return fsum([binpmf(n, p, k) * log(binpmf(n, p, k) * (n + 1)) for k in range(n + 1) if binpmf(n, p, k) > 0])
    yield 'kl_binomial_uniform_nats', 'KL(Bin(n,p)||U) nats for (2,.5), (2,.4), (15,7/15), (100,.5), (5000,.3), ln 11', [
        bin_vs_uniform(2, '0.5'), bin_vs_uniform(2, '0.4'), bin_vs_uniform(15, mpf(7) / 15), bin_vs_uniform(100, '0.5'),
        bin_vs_uniform(5000, '0.3'), log(11)]
    yield 'kl_binomial_uniform_nats', 'KL(Bin(n,p)||U) nats for (3000,.001), (1,.25)', [
        bin_vs_uniform(3000, '0.001'), bin_vs_uniform(1, '0.25')]


def lesson05():
    P, Q = M(['0.5', '0.5']), M(['0.9', '0.1'])
    yield 'three_sums', 'H, KL, H(P,Q) bits of (.5,.5),(.9,.1); nats of R,S; nats of (.5,.5,0),(.25,.75,0)', [
        H(P, L2), KL(P, Q, L2), CE(P, Q, L2), H(R), KL(R, S), CE(R, S),
        H(M(['0.5', '0.5', '0'])), KL(M(['0.5', '0.5', '0']), M(['0.25', '0.75', '0'])),
        CE(M(['0.5', '0.5', '0']), M(['0.25', '0.75', '0']))]
    yield 'three_sums', 'H, KL, H(P,Q) of R,S in bans; of S,R in nats', [
        H(R, L10), KL(R, S, L10), CE(R, S, L10), H(S), KL(S, R), CE(S, R)]
    near_half = M(['0.5001', '0.4999'])
    yield 'three_sums', 'KL=H(P,Q) of (0,1,0),(.2,.3,.5); KL, H(P,Q) of (.5,.5),(1e-300,1); KL nats, bits, H(P,Q) of (.5,.5),(.5001,.4999)', [
        KL(M([0, 1, 0]), M(['0.2', '0.3', '0.5'])), KL(P, M(['1e-300', '1'])), CE(P, M(['1e-300', '1'])),
        KL(P, near_half), KL(P, near_half, L2), CE(P, near_half)]
    yield 'kl_to_uniform_nats', 'KL((0.7,0.2,0.1)||U) by the sum; (0.7,0.2,0.1,0,0,0)||U6; (.5,.25,.125,.125)||U4', [
        KL(M(['0.7', '0.2', '0.1']), THIRD), KL(M(['0.7', '0.2', '0.1', 0, 0, 0]), [mpf(1) / 6] * 6),
        KL(M(['0.5', '0.25', '0.125', '0.125']), [mpf(1) / 4] * 4)]

    def sides(m1, s1, m2, s2):  # by quadrature, not by the closed forms the exercise asks for
        m1, s1, m2, s2 = map(mpf, (m1, s1, m2, s2))
        cuts = [m1 - 40 * s1, m1, m1 + 40 * s1]
        h = quad(lambda x: -npdf(x, m1, s1) * lnN(x, m1, s1), cuts)
        ce = quad(lambda x: -npdf(x, m1, s1) * lnN(x, m2, s2), cuts)
        return [h, ce - h, ce]
    yield 'gaussian_sides_nats', 'h, KL, H(P,Q) for N(0,1)/N(0,2), N(0,1)/N(1,2), N(100,.01)/itself, N(-3,.5)/N(2,4)', (
        sides(0, 1, 0, 2) + sides(0, 1, 1, 2) + sides(100, '0.01', 100, '0.01') + sides(-3, '0.5', 2, 4))
    yield 'gaussian_sides_nats', 'h, KL, H(P,Q) for N(0,2)/N(0,1), N(0,1)/N(0,1e6), N(3,1.5)/N(7,1.5)', (
        sides(0, 2, 0, 1) + sides(0, 1, 0, '1e6') + sides(3, '1.5', 7, '1.5'))

    def grad(p, theta):  # d/dtheta of KL(P || softmax(theta)) by numerical differentiation in mpmath
        p = M(p)
        f = lambda *t: KL(p, softmax(list(t))[0])  # noqa: E731
        return [diff(f, M(theta), tuple(1 if j == i else 0 for j in range(len(theta)))) for i in range(len(theta))]
    yield 'softmax_gradients', 'gradients at P=(.2,.8), theta=(1,-1) and P=(.5,.3,.2), theta=(2,.5,-1)', (
        grad(['0.2', '0.8'], [1, -1]) + grad(['0.5', '0.3', '0.2'], [2, '0.5', -1]))


def lesson06():
    def moments(parts):
        mean = fsum([w * m for w, m, _ in parts])
        return [mean, sqrt(fsum([w * (s ** 2 + m ** 2) for w, m, s in parts]) - mean ** 2)]
    yield 'forward_kl_fit', 'forward fits (mean, sd) of the lopsided, bimodal and three-part mixtures', (
        moments(LOPSIDED) + moments(BIMODAL) + moments(THREE))
    far = [(1 - mpf('1e-12'), mpf(0), mpf(1)), (mpf('1e-12'), mpf(10) ** 6, mpf(1))]
    yield 'forward_kl_fit', 'forward fit (mean, sd) of (1 - 1e-12) N(0, 1) + 1e-12 N(1e6, 1)', moments(far)
    yield 'reverse_kl_nats', 'KL(Q||bimodal) for N(1.5,.6), N(2,.6), N(2.5,.6), N(0,1), N(0,5); KL(N(3,1)||lopsided)', [
        reverse_kl('1.5', '0.6', BIMODAL), reverse_kl(2, '0.6', BIMODAL), reverse_kl('2.5', '0.6', BIMODAL),
        reverse_kl(0, 1, BIMODAL), reverse_kl(0, 5, BIMODAL), reverse_kl(3, 1, LOPSIDED)]
    yield 'reverse_kl_nats', 'KL(Q||bimodal) for N(30,1) beyond both modes and the narrow N(2,.01)', [
        reverse_kl(30, 1, BIMODAL), reverse_kl(2, '0.01', BIMODAL)]
    yield 'forward_kl_nats', 'KL(bimodal||N(0,sqrt 4.36)), ||N(2,.6), ||N(0,1); KL(lopsided||N(1.8,sqrt 4.135))', [
        forward_kl(BIMODAL, 0, sqrt(mpf('4.36'))), forward_kl(BIMODAL, 2, '0.6'), forward_kl(BIMODAL, 0, 1),
        forward_kl(LOPSIDED, '1.8', sqrt(mpf('4.135')))]
    yield 'forward_kl_nats', 'KL(three-part mixture || its forward fit N(-0.8, 5.202403))', [
        forward_kl(THREE, *moments(THREE))]
    yield 'reverse_kl_fit', 'reverse fits (mean, sd): bimodal from (2, .6); lopsided from (3, 1) and from (-1, .5)', (
        list(reverse_fit(BIMODAL, (2, 0.6))) + list(reverse_fit(LOPSIDED, (3, 1))) + list(reverse_fit(LOPSIDED, (-1, 0.5))))


def lesson07():
    yield 'js_divergence_bits', 'JS bits of (.5,.5)/(.9,.1), (1,0)/(.8,.2), (.1,.2,.3,.4)/(.4,.3,.2,.1)', [
        JS(M(['0.5', '0.5']), M(['0.9', '0.1']), L2), JS(M([1, 0]), M(['0.8', '0.2']), L2),
        JS(M(['0.1', '0.2', '0.3', '0.4']), M(['0.4', '0.3', '0.2', '0.1']), L2)]
    yield 'js_divergence_bits', 'JS bits of the nearly equal (.5,.5)/(.5001,.4999)', [
        JS(M(['0.5', '0.5']), M(['0.5001', '0.4999']), L2)]
    gaps = []
    for t in ['0.5', '0.1', '0.3', '1e-6']:
        a, b, c = M([1, 0]), [mpf(t), 1 - mpf(t)], M([0, 1])
        gaps += [JS(a, b) + JS(b, c) - JS(a, c), sqrt(JS(a, b)) + sqrt(JS(b, c)) - sqrt(JS(a, c))]
    yield 'triangle_gaps_nats', 'triangle gaps (JS, sqrt JS) in nats at t = 0.5, 0.1, 0.3, 1e-6', gaps
    yield 'js_and_kl_bound_nats', 'JS and (KL+KL)/4 in nats for R,S and (.9,.1)/(.1,.9)', [
        JS(R, S), (KL(R, S) + KL(S, R)) / 4, JS(M(['0.9', '0.1']), M(['0.1', '0.9'])),
        (KL(M(['0.9', '0.1']), M(['0.1', '0.9'])) + KL(M(['0.1', '0.9']), M(['0.9', '0.1']))) / 4]
    near_p, near_q = M(['0.3', '0.7']), M(['0.3001', '0.6999'])
    yield 'js_and_kl_bound_nats', 'JS nats of (.5,.5,0)/(.25,.25,.5); JS and (KL+KL)/4 of (.3,.7)/(.3001,.6999)', [
        JS(M(['0.5', '0.5', '0']), M(['0.25', '0.25', '0.5'])), JS(near_p, near_q),
        (KL(near_p, near_q) + KL(near_q, near_p)) / 4]


def lesson08():
    yield 'entropy_scales', '1/sqrt(2 pi e), sqrt(2 pi e), 0.5/sqrt(2 pi e)', [1 / sqrt(2 * pi * e), sqrt(2 * pi * e),
                                                                              mpf('0.5') / sqrt(2 * pi * e)]
    yield 'entropy_scales', 'a and sigma for h = -700 and h = 700', [
        exp(-700), exp(-700) / sqrt(2 * pi * e), exp(700), exp(700) / sqrt(2 * pi * e)]
    kl_normals = lambda m1, s1, m2, s2: quad(  # noqa: E731
        lambda x: npdf(x, m1, s1) * (lnN(x, m1, s1) - lnN(x, m2, s2)), [m1 - 40 * s1, m1, m1 + 40 * s1])
    yield 'gaussian_kl_nats', 'KL by quadrature: N(0,.001)||N(0,1000); the 2-D sum N(0,1)||N(1,2) + N(0,1)||N(0,2)', [
        kl_normals(0, mpf('0.001'), 0, 1000), kl_normals(0, 1, 1, 2) + kl_normals(0, 1, 0, 2)]
    yield 'gaussian_kl_nats', 'KL by quadrature: N(0,2)||N(0,1)', [kl_normals(0, 2, 0, 1)]
    yield 'binned_entropy_plus_log_delta', 'binned normal(0,1) on [-12,12] with 24, 240, 2400 bins; exponential(1) on [0,60] with 6000 bins', [
        binned(ncdf, -12, 12, 24), binned(ncdf, -12, 12, 240), binned(ncdf, -12, 12, 2400),
        binned(lambda x: 1 - exp(-x) if x > 0 else mpf(0), 0, 60, 6000)]
    yield 'binned_entropy_plus_log_delta', 'binned normal(0,1) on [-12,12] with 3, 6, 12, 48, 96, 192 bins', [
        binned(ncdf, -12, 12, n) for n in (3, 6, 12, 48, 96, 192)]
    lap = lambda x: exp(-abs(x)) / 2  # noqa: E731
    cau = lambda x: 1 / (pi * (1 + x ** 2))  # noqa: E731
    yield 'kl_by_quadrature_nats', 'KL(exp(1)||N(0,1)), KL(N(0,1)||N(1,2)), KL(U(0,1)||N(0,1)), KL(Laplace||Cauchy), KL(Gamma(2,1)||exp(1))', [
        quad(lambda x: exp(-x) * (-x - lnN(x, 0, 1)), [0, inf]),
        quad(lambda x: npdf(x) * (lnN(x, 0, 1) - lnN(x, 1, 2)), [-inf, 0, inf]),
        quad(lambda x: -lnN(x, 0, 1), [0, 1]),
        quad(lambda x: lap(x) * (log(lap(x)) - log(cau(x))), [-inf, 0, inf]),
        quad(lambda x: x * exp(-x) * log(x), [0, inf])]
    yield 'kl_by_quadrature_nats', 'KL(Laplace||N(0,1)), KL(N(0,1)||Laplace)', [
        quad(lambda x: lap(x) * (log(lap(x)) - lnN(x, 0, 1)), [-inf, 0, inf]),
        quad(lambda x: npdf(x) * (lnN(x, 0, 1) - log(lap(x))), [-inf, 0, inf])]


def lesson09():
    mp.dps = 40
    yield 'softmax', 'softmax(1,2,3), softmax(.5,-.25,0,2), softmax(1000,1001), softmax(0,-700)', (
        softmax([1, 2, 3])[0] + softmax(['0.5', '-0.25', '0', '2'])[0] + softmax([1000, 1001])[0] +
        softmax([0, -700])[0])
    q, lse = softmax([1, 2, 3])
    q2, lse2 = softmax([2, 1, '0.1'])
    lse3 = softmax(['0.3', '-2', '4', '1'])[1]
    yield 'softmax_loss', 'loss and gradient at (1,2,3) label 0; losses at (2,1,.1) labels 0 and 2; ' \
        '(.3,-2,4,1) label 1; 1000 equal logits (ln 1000)', [
            lse - 1, q[0] - 1, q[1], q[2], lse2 - 2, lse2 - mpf('0.1'), lse3 + 2, log(1000)]
    sig = lambda z: 1 / (1 + exp(-z))  # noqa: E731
    bce = lambda z, y: -(y * log(sig(z)) if y > 0 else 0) - ((1 - y) * log(1 - sig(z)) if y < 1 else 0)  # noqa: E731
    cases = [(2, 1), ('0.4', '0.3'), (-3, 0), (40, 1), (-40, 0)]
    yield 'binary_loss', 'loss and derivative at (z, y) = (2, 1), (.4, .3), (-3, 0), (40, 1), (-40, 0); ' \
        'the floor H(.3, .7)', [v for z, y in cases for v in (bce(mpf(z), mpf(y)), sig(mpf(z)) - mpf(y))] + [
            H(M(['0.3', '0.7']))]

    def smoothed(label, eps, q):
        q, eps = [mpmathify(v) for v in q], mpf(eps)
        y = [(1 - eps) * (1 if i == label else 0) + eps / len(q) for i in range(len(q))]
        return [H(y), CE(y, q), KL(y, q)]
    yield 'smoothed_label_sums', 'H(y), H(y,q), KL(y||q): (0, .15, (.8,.1,.1)), (1, 1, (.2,.3,.5)), ' \
        '(3, .1, (.1,.2,.3,.4)), (7, .1, 1000 x 1/1000), (0, .1, (1, 1e-300)), (1, .3, (.1,.8,.1))', (
            smoothed(0, '0.15', M(['0.8', '0.1', '0.1'])) + smoothed(1, 1, M(['0.2', '0.3', '0.5'])) +
            smoothed(3, '0.1', M(['0.1', '0.2', '0.3', '0.4'])) + smoothed(7, '0.1', [mpf(1) / 1000] * 1000) +
            smoothed(0, '0.1', [1, mpf('1e-300')]) + smoothed(1, '0.3', M(['0.1', '0.8', '0.1'])))
    mp.dps = 30


def lesson10():
    mp.dps = 40

    def b_vs_p(n, p, m):
        return fsum([binpmf(n, p, k) * log(binpmf(n, p, k) / poipmf(m, k)) for k in range(n + 1) if binpmf(n, p, k) > 0])
    yield 'kl_binomial_poisson_nats', 'D(Bin||Poi) for (10,.2,2), (100,.02,2), (1000,.002,2), (250,.008,2), ' \
        '(10,.5,4), (3,1,.5), (10000,.0002,2), (20,.1,3)', [
            b_vs_p(10, mpf(2) / 10, 2), b_vs_p(100, mpf(2) / 100, 2), b_vs_p(1000, mpf(2) / 1000, 2),
            b_vs_p(250, mpf('0.008'), 2), b_vs_p(10, mpf('0.5'), 4), b_vs_p(3, 1, mpf('0.5')),
            b_vs_p(10000, mpf(2) / 10000, 2), b_vs_p(20, mpf('0.1'), 3)]

    def window(m, n, p, last):
        return fsum([poipmf(m, k) * log(poipmf(m, k) / binpmf(n, p, k)) for k in range(last + 1)])
    yield 'kl_poisson_binomial_window_nats', 'windowed D(Poi||Bin): (4,10,.5) K=9, K=10; (2,250,.008) K=9, K=0; ' \
        '(4,10,0) K=0; (2,250,.008) K=250', [
            window(4, 10, mpf('0.5'), 9), window(4, 10, mpf('0.5'), 10), window(2, 250, mpf('0.008'), 9),
            window(2, 250, mpf('0.008'), 0), window(4, 10, 0, 0), window(2, 250, mpf('0.008'), 250)]
    tail = lambda m, k: nsum(lambda j: poipmf(mpf(m), int(j)), [k + 1, inf])  # noqa: E731
    big = mpf(10000)
    yield 'poisson_mass_above', 'P(X > k) for (4,9), (4,10), (.5,0), (2,9), (1000,900), (100,200), (2,100), ' \
        '(30,60), (1e-10,0), (10000,10000), (10000,10500)', [
            tail(4, 9), tail(4, 10), tail('0.5', 0), tail(2, 9), 1 - fsum([poipmf(mpf(1000), j) for j in range(901)]),
            tail(100, 200), tail(2, 100), tail(30, 60), 1 - exp(-mpf('1e-10')),
            1 - fsum([poipmf(big, j) for j in range(10001)]), fsum([poipmf(big, j) for j in range(10501, 13001)])]
    closed = lambda a, b: mpf(a) * log(mpf(a) / mpf(b)) + mpf(b) - mpf(a)  # noqa: E731
    yield 'kl_poissons_by_sum_nats', 'KL(Poi||Poi) closed form for (2,3), (3,2), (1000,1010), (.001,5), (700,1), ' \
        '(50,50.001), (1000,1000.5), (5000,5001)', [
            closed(2, 3), closed(3, 2), closed(1000, 1010), closed('0.001', 5), closed(700, 1), closed(50, '50.001'),
            closed(1000, '1000.5'), closed(5000, 5001)]
    mp.dps = 30


def lesson11():
    poisson = lambda a, b: mpf(a) * log(mpf(a) / mpf(b)) - mpf(a) + mpf(b)  # noqa: E731
    poisson_series = lambda a, b: nsum(  # noqa: E731
        lambda k: poipmf(mpf(a), int(k)) * (int(k) * log(mpf(a) / mpf(b)) - mpf(a) + mpf(b)), [0, inf])
    yield 'poisson_kl_nats', 'closed form for (4,2), (30,.5), (5,5.001), (2,4), (1e6,1.001e6), (1,1e-300), ' \
        '(1e-300,1); then the series (nsum) for (4,2), (30,.5), (2,4)', [
            poisson(4, 2), poisson(30, '0.5'), poisson(5, '5.001'), poisson(2, 4), poisson(10 ** 6, 1001000),
            poisson(1, '1e-300'), poisson('1e-300', 1), poisson_series(4, 2), poisson_series(30, '0.5'),
            poisson_series(2, 4)]
    geometric = lambda p, q: (log(mpf(p) / mpf(q)) +  # noqa: E731
                              (1 - mpf(p)) / mpf(p) * log((1 - mpf(p)) / (1 - mpf(q))))
    geometric_series = lambda p, q: nsum(lambda k: mpf(p) * (1 - mpf(p)) ** int(k) * (  # noqa: E731
        log(mpf(p) / mpf(q)) + int(k) * log((1 - mpf(p)) / (1 - mpf(q)))), [0, inf])
    yield 'geometric_kl_nats', 'closed form for (.5,.25), (.1,.9), (.3,.3000001), (.25,.5), (1e-8,2e-8), ' \
        'the limit 1 - ln 2; then the series (nsum) for (.5,.25), (.1,.9), (.25,.5)', [
            geometric('0.5', '0.25'), geometric('0.1', '0.9'), geometric('0.3', '0.3000001'),
            geometric('0.25', '0.5'), geometric('1e-8', '2e-8'), 1 - log(2), geometric_series('0.5', '0.25'),
            geometric_series('0.1', '0.9'), geometric_series('0.25', '0.5')]


def lesson12():
    def huffman_length(p):
        """Expected length of a Huffman code: the sum of the merged masses (each merge adds one bit to all below)."""
        heap = [x for x in p if x > 0]
        if len(heap) == 1:
            return Fraction(0)
        heapq.heapify(heap)
        total = Fraction(0)
        while len(heap) > 1:
            a, b = heapq.heappop(heap), heapq.heappop(heap)
            total += a + b
            heapq.heappush(heap, a + b)
        return total

    def shannon_bits(x):
        s = -log(mpf(x.numerator) / x.denominator, 2)
        assert abs(s - round(s)) > mpf('1e-40') or s == round(s), x  # no near-tie with a whole number of bits
        return int(ceil(s))

    def shannon_cost(p, q):
        """Σ p ⌈−log2 q⌉ over p > 0 (infinite where q = 0)."""
        total = Fraction(0)
        for a, c in zip(p, q):
            if a > 0:
                if c == 0:
                    return inf
                total += a * shannon_bits(c)
        return total

    fr = lambda *xs: [Fraction(str(x)) for x in xs]  # noqa: E731
    exact = lambda p: [mpf(x.numerator) / x.denominator for x in p]  # noqa: E731
    kraft = lambda *lengths: sum(Fraction(1, 2 ** n) for n in lengths)  # noqa: E731
    with mp.workdps(50):
        yield 'kraft_sum', 'exact Kraft sums of the lengths (1,2,3,3), (2,3,3,4,4), (1,1,1), (0), (3,3,3,3,3)', [
            kraft(1, 2, 3, 3), kraft(2, 3, 3, 4, 4), kraft(1, 1, 1), kraft(0), kraft(3, 3, 3, 3, 3)]
        dists = [fr(0.4, 0.2, 0.2, 0.1, 0.1), fr(0.9, 0.1), fr(0.5, 0.25, 0.125, 0.125), fr(0.25, 0.25, 0.2, 0.15, 0.15),
                 [Fraction(1, 5)] * 5, [Fraction(1, 3)] * 3, fr(0.6, 0.3, 0.1), fr(0.5, 0, 0.3, 0, 0.2), fr(0.999, 0.001)]
        named = '(.4,.2,.2,.1,.1), (.9,.1), (.5,.25,.125,.125), (.25,.25,.2,.15,.15), 1/5 x 5, 1/3 x 3, (.6,.3,.1), ' \
            '(.5,0,.3,0,.2), (.999,.001)'
        yield 'shannon_expected_length_bits', 'exact, of ' + named, [shannon_cost(p, p) for p in dists]
        yield 'huffman_expected_length_bits', 'exact, of ' + named, [huffman_length(p) for p in dists]
        values = []
        for p, q in [(fr(0.5, 0.5), fr(0.9, 0.1)), (fr(0.9, 0.1), fr(0.5, 0.5)),
                     (fr(0.4, 0.2, 0.2, 0.1, 0.1), fr(0.1, 0.1, 0.2, 0.2, 0.4)), (fr(0.5, 0.5, 0), fr(0.25, 0.25, 0.5)),
                     (fr(0.5, 0.5), fr(1, 0)), (fr(0.7, 0.2, 0.1), fr(0.2, 0.3, 0.5))]:
            values.append(shannon_cost(p, q))
            if isinstance(values[-1], Fraction):
                with mp.workdps(30):
                    values.append(CE(exact(p), exact(q), L2))
        yield 'wrong_code_cost_bits', 'exact cost, then H(P,Q) bits (30 digits), of P=(.5,.5) Q=(.9,.1); (.9,.1) (.5,.5); ' \
            '(.4,.2,.2,.1,.1) (.1,.1,.2,.2,.4); (.5,.5,0) (.25,.25,.5); cost only of (.5,.5) (1,0); (.7,.2,.1) (.2,.3,.5)', values


def lesson13():
    table = lambda rows: [[mpf(str(v)) for v in r] for r in rows]  # noqa: E731  the decimals the tests write

    def marginals(P):
        return [fsum(r) for r in P], [fsum(c) for c in zip(*P)]

    def mutual_information_bits(rows):
        P = table(rows)
        px, py = marginals(P)
        return fsum([p * log(p / (px[i] * py[j])) for i, r in enumerate(P) for j, p in enumerate(r) if p]) / L2

    def conditional_entropy_bits(rows):  # H(Y|X), X the row
        P = table(rows)
        px, _ = marginals(P)
        return -fsum([p * log(p / px[i]) for i, r in enumerate(P) for p in r if p]) / L2

    def capacity_bits(rows):  # Blahut-Arimoto until its lower and upper bounds are within 1e-26 nats
        W = table(rows)
        n = len(W)
        r = [mpf(1) / n] * n
        while True:
            q = [fsum(r[x] * W[x][y] for x in range(n)) for y in range(len(W[0]))]
            d = [fsum(w * log(w / q[y]) for y, w in enumerate(W[x]) if w) for x in range(n)]
            lower, upper = fsum(r[x] * d[x] for x in range(n)), max(d)
            if upper - lower < mpf('1e-26'):
                return lower / L2
            r = [r[x] * exp(d[x] - upper) for x in range(n)]
            s = fsum(r)
            r = [v / s for v in r]

    A = [[0.3, 0.2], [0.1, 0.4]]
    B = [[0.25, 0, 0.125], [0, 0.25, 0.125], [0.125, 0.125, 0]]
    CT = [[0, 0.125], [0.75, 0.125]]
    yield 'mutual_information_bits', 'I of A = (0.3,0.2;0.1,0.4), B (3x3), Cover-Thomas (0,1/8;3/4,1/8)', [
        mutual_information_bits(A), mutual_information_bits(B), mutual_information_bits(CT)]
    yield 'conditional_entropy_bits', 'H(Y|X) of A, B, Cover-Thomas; of its transpose (= H(X|Y))', [
        conditional_entropy_bits(A), conditional_entropy_bits(B), conditional_entropy_bits(CT),
        conditional_entropy_bits([list(c) for c in zip(*CT)])]
    p, eps = mpf('0.3'), mpf('0.11')
    yield 'channel_capacity_bits', 'BSC(0.11) and 1-h(0.11); BEC(0.25); Z(0.3) and its closed form; 3x3 W', [
        capacity_bits([[0.89, 0.11], [0.11, 0.89]]), 1 - H([eps, 1 - eps], L2),
        capacity_bits([[0.75, 0, 0.25], [0, 0.75, 0.25]]),
        capacity_bits([[1, 0], [0.3, 0.7]]), log(1 + (1 - p) * p ** (p / (1 - p))) / L2,
        capacity_bits([[0.7, 0.2, 0.1], [0.1, 0.6, 0.3], [0.2, 0.2, 0.6]])]


def lesson14():
    def miller_madow(counts):
        n = sum(counts)
        return H([mpf(c) / n for c in counts]) + mpf(sum(1 for c in counts if c > 0) - 1) / (2 * n)

    def expected_plugin(p, n):  # E[H^] summed over each outcome's binomial count
        total = mpf(0)
        for x in M(p):
            for c in range(1, n + 1):
                total += binpmf(n, x, c) * (-(mpf(c) / n) * log(mpf(c) / n))
        return total

    def interval(values, z):  # mean -+ z times the sample standard deviation over sqrt(n)
        v = M(values)
        n = len(v)
        mean = fsum(v) / n
        se = sqrt(fsum([(x - mean) ** 2 for x in v]) / (n - 1) / n)
        z = mpf(z)
        return [mean, mean - z * se, mean + z * se]

    def kozachenko_leonenko(sample, k):  # every neighbour distance by brute force
        x = M(sample)
        n = len(x)
        total = fsum([log(sorted(abs(x[i] - x[j]) for j in range(n) if j != i)[k - 1]) for i in range(n)])
        return digamma(n) - digamma(k) + log(2) + total / n
    yield 'miller_madow_nats', 'MM of (3,1), (5,0,3,0,2), (1..10), (1,1,1,1), (999999,1)', [
        miller_madow([3, 1]), miller_madow([5, 0, 3, 0, 2]), miller_madow(list(range(1, 11))), miller_madow([1, 1, 1, 1]),
        miller_madow([999999, 1])]
    yield 'expected_plugin_entropy_nats', 'E[H^] of (.5,.5) N=1,2,10; (.7,.2,.1) N=5,50; uniform 10 N=1000; (.9,.1) N=10', [
        expected_plugin(['0.5', '0.5'], 1), expected_plugin(['0.5', '0.5'], 2), expected_plugin(['0.5', '0.5'], 10),
        expected_plugin(['0.7', '0.2', '0.1'], 5), expected_plugin(['0.7', '0.2', '0.1'], 50),
        expected_plugin(['0.1'] * 10, 1000), expected_plugin(['0.9', '0.1'], 10)]
    yield 'kl_confidence_interval', 'mean, lower, upper of (0.3,-0.1,0.8,0.25,0.5) z=1.96; of (1,2,3,4) z=2.575829', (
        interval(['0.3', '-0.1', '0.8', '0.25', '0.5'], '1.96') + interval([1, 2, 3, 4], '2.575829'))
    s7 = ['0.1', '0.4', '0.45', '1.3', '2.0', '-0.7', '3.1']
    yield 'kozachenko_leonenko_nats', 'seven points k = 1, 2, 6; (0, 1, 3, 7) k = 1, 3', [
        kozachenko_leonenko(s7, 1), kozachenko_leonenko(s7, 2), kozachenko_leonenko(s7, 6),
        kozachenko_leonenko([0, 1, 3, 7], 1), kozachenko_leonenko([0, 1, 3, 7], 3)]


def lesson15():
    doubles = lambda values: [mpf(float(v)) for v in values]  # noqa: E731  the doubles the tests pass

    def tv(p, q):
        return fsum([abs(a - b) for a, b in zip(doubles(p), doubles(q))]) / 2

    def hellinger(p, q):
        return sqrt(fsum([(sqrt(a) - sqrt(b)) ** 2 for a, b in zip(doubles(p), doubles(q))]) / 2)

    def renyi(p, q, alpha):  # log(sum P^a Q^(1-a))/(a - 1), and KL at a = 1
        a = mpf(float(alpha))
        if a == 1:
            return KL(doubles(p), doubles(q))
        pairs = [(x, y) for x, y in zip(doubles(p), doubles(q)) if x > 0]
        return log(fsum([x ** a * y ** (1 - a) for x, y in pairs if y > 0])) / (a - 1)

    def gaussian_mi(var_x, cov, var_y):  # -1/2 log(1 - rho^2)
        vx, c, vy = doubles([var_x, cov, var_y])
        return -log(1 - c * c / (vx * vy)) / 2
    # the tests' A, B, R, S as decimal strings (here R and S are not the module's R and S)
    A, B = ['0.42', '0.31', '0.27'], ['0.25', '0.5', '0.25']
    R, S = ['0.1', '0.2', '0.3', '0.4'], ['0.4', '0.3', '0.2', '0.1']
    with mp.workdps(50):
        yield 'total_variation', 'TV of (A, B), (R, S), (B, A)', [tv(A, B), tv(R, S), tv(B, A)]
        yield 'hellinger_distance', 'H of (A, B), (R, S), (0.500000001, 0.499999999) vs (0.5, 0.5)', [
            hellinger(A, B), hellinger(R, S), hellinger(['0.500000001', '0.499999999'], ['0.5', '0.5'])]
        yield 'renyi_divergence_nats', 'D_a(A||B) at a = 0.5, 2, 1 (KL), 1 + 1e-10, 1 - 1e-10, 10; ' \
            'D_0.5((0.5,0.5,0)||(1,0,0))', [
                renyi(A, B, '0.5'), renyi(A, B, '2'), renyi(A, B, '1'), renyi(A, B, '1.0000000001'),
                renyi(A, B, '0.9999999999'), renyi(A, B, '10'), renyi(['0.5', '0.5', '0'], ['1', '0', '0'], '0.5')]
        yield 'gaussian_mi_nats', 'I of (4, 0.6, 0.25), (1, 1e-9, 1), (100, -5, 1), (2, 1.99, 2)', [
            gaussian_mi('4', '0.6', '0.25'), gaussian_mi('1', '1e-9', '1'), gaussian_mi('100', '-5', '1'),
            gaussian_mi('2', '1.99', '2')]


if __name__ == '__main__':
    wanted = set(sys.argv[1:])
    for lesson in (lesson01, lesson02, lesson03, lesson04, lesson05, lesson06, lesson07, lesson08, lesson09, lesson10, lesson11,
                   lesson12, lesson13, lesson14, lesson15):
        nn = lesson.__name__[-2:]
        if wanted and nn not in wanted and not any(not w.isdigit() for w in wanted):
            continue  # the values are computed as each lesson's generator runs: skip whole lessons
        for exercise, what, values in lesson():
            if wanted and nn not in wanted and exercise not in wanted:
                continue
            print(f'{lesson.__name__} {exercise}  {what}')
            for v in values:
                print(f'        {v} = {float(v)}' if isinstance(v, Fraction) else f'        {mp.nstr(v, 20)}')
