#!/usr/bin/python3
"""Reference values of lesson 14's homework tests, computed independently of the workbook's C++ code.

Run: /usr/bin/python3 lessons/14_estimation/references.py [name ...]
Written as lessons/homework/references.py writes its sections ("lesson14 name  what", then the values), so that
lesson14() can move there unchanged. mpmath at 30 significant digits: the plug-in and Miller-Madow sums over
counts; the exact expectation of the plug-in entropy, summed over each outcome's binomial count; the mean and
sample standard deviation of log-ratios; and the Kozachenko-Leonenko sum with every neighbour distance found by
brute force (all N - 1 distances of each point, sorted) and mpmath's digamma.
"""
import sys

from mpmath import binomial, digamma, fsum, log, mp, mpf, pi, sqrt

mp.dps = 30
M = lambda values: [mpf(v) for v in values]  # noqa: E731  exact decimal inputs, as the tests write them


def plugin(counts):
    n = sum(counts)
    return -fsum([mpf(c) / n * log(mpf(c) / n) for c in counts if c > 0])


def miller_madow(counts):
    return plugin(counts) + mpf(sum(1 for c in counts if c > 0) - 1) / (2 * sum(counts))


def expected_plugin(p, n):
    total = mpf(0)
    for x in M(p):
        for c in range(1, n + 1):
            total += binomial(n, c) * x ** c * (1 - x) ** (n - c) * (-(mpf(c) / n) * log(mpf(c) / n))
    return total


def interval(values, z):
    v = M(values)
    n = len(v)
    mean = fsum(v) / n
    se = sqrt(fsum([(x - mean) ** 2 for x in v]) / (n - 1) / n)
    z = mpf(z)
    return [mean, mean - z * se, mean + z * se]


def kozachenko_leonenko(sample, k):
    x = M(sample)
    n = len(x)
    total = fsum([log(sorted(abs(x[i] - x[j]) for j in range(n) if j != i)[k - 1]) for i in range(n)])
    return digamma(n) - digamma(k) + log(2) + total / n


def lesson14():
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


if __name__ == '__main__':
    wanted = set(sys.argv[1:])
    for exercise, what, values in lesson14():
        if wanted and exercise not in wanted:
            continue
        print(f'lesson14 {exercise}  {what}')
        for v in values:
            print(f'        {mp.nstr(v, 20)}')
