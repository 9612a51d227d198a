#!/usr/bin/python3
"""Reference values of lesson 12's homework tests, computed independently of the workbook's C++ code.

Run: /usr/bin/python3 lessons/12_codes/references.py
Codeword lengths are whole numbers, so every expected length is a rational number: the masses are read as
exact fractions (Fraction('0.4') = 2/5), Huffman's code is built here with Python's heapq on those fractions
(its expected length does not depend on how ties are broken: every Huffman code is optimal), Shannon lengths
are ceil(-log2 p) with mpmath at 50 digits (no mass here is within 1e-40 of a power of two unless it is one,
checked below), and the cross-entropies are mpmath at 30 digits. The tests in exercises_test.cpp quote these
values with "references.py" and the exercise's name beside them.
"""
import heapq
from fractions import Fraction as F

from mpmath import ceil, log, mp, mpf

mp.dps = 50


def huffman_length(p):
    """Expected length of a Huffman code: the sum of the merged masses (each merge adds one bit to all below)."""
    heap = [x for x in p if x > 0]
    if len(heap) == 1:
        return F(0)
    heapq.heapify(heap)
    total = F(0)
    while len(heap) > 1:
        a, b = heapq.heappop(heap), heapq.heappop(heap)
        total += a + b
        heapq.heappush(heap, a + b)
    return total


def shannon_bits(x):
    s = -log(mpf(x.numerator) / x.denominator, 2)
    l = int(ceil(s))
    assert abs(s - round(s)) > mpf('1e-40') or s == round(s), x  # no near-tie with a whole number of bits
    return l


def shannon_cost(p, q):
    """Σ p ⌈−log2 q⌉ over p > 0 (infinite where q = 0)."""
    total = F(0)
    for a, c in zip(p, q):
        if a > 0:
            if c == 0:
                return 'inf'
            total += a * shannon_bits(c)
    return total


def cross_entropy_bits(p, q):
    mp.dps = 30
    v = -sum(mpf(a.numerator) / a.denominator * log(mpf(c.numerator) / c.denominator, 2) for a, c in zip(p, q) if a > 0)
    mp.dps = 50
    return v


def fr(*xs):
    return [F(str(x)) for x in xs]


def show(name, what, v):
    print(f'lesson12 {name}  {what}: {v} = {float(v) if v != "inf" else v!r}')


if __name__ == '__main__':
    show('kraft_sum', '(1,2,3,3)', sum(F(1, 2 ** l) for l in (1, 2, 3, 3)))
    show('kraft_sum', '(2,3,3,4,4)', sum(F(1, 2 ** l) for l in (2, 3, 3, 4, 4)))
    show('kraft_sum', '(1,1,1)', sum(F(1, 2 ** l) for l in (1, 1, 1)))
    show('kraft_sum', '(0)', F(1))
    show('kraft_sum', '(3,3,3,3,3)', sum(F(1, 2 ** l) for l in (3, 3, 3, 3, 3)))
    for p in [fr(0.4, 0.2, 0.2, 0.1, 0.1), fr(0.9, 0.1), fr(0.5, 0.25, 0.125, 0.125), fr(0.25, 0.25, 0.2, 0.15, 0.15),
              [F(1, 5)] * 5, [F(1, 3)] * 3, fr(0.6, 0.3, 0.1), fr(0.5, 0, 0.3, 0, 0.2), fr(0.999, 0.001)]:
        label = '(' + ', '.join(str(x) for x in p) + ')'
        show('shannon_expected_length_bits', label, shannon_cost(p, p))
        show('huffman_expected_length_bits', label, huffman_length(p))
    for p, q in [(fr(0.5, 0.5), fr(0.9, 0.1)), (fr(0.9, 0.1), fr(0.5, 0.5)), (fr(0.4, 0.2, 0.2, 0.1, 0.1), fr(0.1, 0.1, 0.2, 0.2, 0.4)),
                 (fr(0.5, 0.5, 0), fr(0.25, 0.25, 0.5)), (fr(0.5, 0.5), fr(1, 0)), (fr(0.7, 0.2, 0.1), fr(0.2, 0.3, 0.5))]:
        label = '(' + ', '.join(str(x) for x in p) + ') with (' + ', '.join(str(x) for x in q) + ')'
        show('wrong_code_cost_bits', label, shannon_cost(p, q))
        if 'inf' != shannon_cost(p, q):
            print(f'        H(P,Q) = {mp.nstr(cross_entropy_bits(p, q), 20)} bits')
