#!/usr/bin/python3
"""Reference values for the closed-form and discrete-measure tests, computed with mpmath at 30 digits.

What this is
    The independent side of tests/unit/closed_forms_test.cpp and tests/unit/reference_values_test.cpp,
    and of the quadrature budget's pairs (bench/quadrature_pairs.hpp, cross_family_kls below).
    Every value those tests compare against is printed by this script, with the name the tests use in
    their provenance comments. Nothing here shares code with the C++ library.

How to run
    /usr/bin/python3 tests/reference/generate.py          (Debian's python3-mpmath; about 15 seconds)

    It prints one line per value:  <name>  <value to 25 significant digits>  [<how it was computed>]
    and exits with status 1 if any cross-check below fails.

How the values are computed
    * Differential entropies h(P) = -int p log p and KL(P||Q) = int p log(p/q): by mpmath tanh-sinh
      quadrature (mp.quad) of the defining integral, written with log-densities typed in here from the
      textbook densities, split at the location, at a few scales either side, and at the support ends.
    * Discrete KLs and windowed sums: by summing the definition term by term over exact pmfs (mp.binomial,
      factorials, powers); infinite supports with mp.nsum.
    * Cross-check: every quadrature or sum that has a closed form is compared with that closed form,
      evaluated independently here in mpmath (mp.digamma, mp.loggamma, mp.beta, ...). The two must agree
      to 1e-22 relative; the script fails otherwise. The printed value is the quadrature/sum, except where
      noted "closed form (mpmath)": for the large-shape entropies the closed form in mpmath at 30 digits is
      the reference and the quadrature is the cross-check. Values with no closed form to compare (the
      Bernoulli KLs, which are their own two-term definition, and the curriculum's windowed sums) are
      printed without a cross-check.
    * Parameters are the doubles the C++ tests hold: d("0.7") = mp.mpf(float("0.7")), exactly
      0.6999999999999999555910790149937..., so the references are exact for the tests' inputs.
    The C++ tests carry 20 significant digits of these values.
"""

import sys

import mpmath as mp

mp.mp.dps = 30

INF = mp.inf
failures = []


def d(x):
    """A parameter as the C++ tests hold it: the double nearest to the decimal x, then exact in mpmath.

    So 0.7 is 0.6999999999999999555910790149937...; the references are exact for the tests' inputs
    (this matters: in KL(normal(100, 0.01) || normal(100.02, 0.015)) the double 100.02 moves the
    value by 7e-13 relative)."""
    return mp.mpf(float(x))

values = []


def record(name, value, how, check=None):
    """Prints and records a reference value; `check` is an independent evaluation that must agree."""
    values.append((name, value))
    line = "%-44s %s" % (name, mp.nstr(value, 25, min_fixed=-3, max_fixed=3))
    if check is not None:
        diff = abs(value - check) / abs(value)
        line += "   [%s; cross-check rel diff %s]" % (how, mp.nstr(diff, 2))
        if diff > mp.mpf("1e-22"):
            failures.append((name, value, check))
    else:
        line += "   [%s]" % how
    print(line)


# ------------------------------------------------------------------------------------------------
# Log-densities, from the textbook definitions (Boost.Math's parameterisations).
# ------------------------------------------------------------------------------------------------
def log_normal_pdf(mu, s):
    mu, s = d(mu), d(s)
    return lambda x: -((x - mu) / s) ** 2 / 2 - mp.log(s) - mp.log(2 * mp.pi) / 2


def log_exponential_pdf(lam):
    lam = d(lam)
    return lambda x: mp.log(lam) - lam * x


def log_gamma_pdf(k, theta):
    k, theta = d(k), d(theta)
    return lambda x: (k - 1) * mp.log(x) - x / theta - mp.loggamma(k) - k * mp.log(theta)


def log_beta_pdf(a, b):
    a, b = d(a), d(b)
    lb = mp.log(mp.beta(a, b))
    return lambda x: (a - 1) * mp.log(x) + (b - 1) * mp.log(1 - x) - lb


def log_uniform_pdf(lo, hi):
    lo, hi = d(lo), d(hi)
    return lambda x: -mp.log(hi - lo)


def log_laplace_pdf(mu, b):
    mu, b = d(mu), d(b)
    return lambda x: -abs(x - mu) / b - mp.log(2 * b)


def log_logistic_pdf(mu, s):
    mu, s = d(mu), d(s)

    def f(x):
        z = abs((x - mu) / s)
        return -z - mp.log(s) - 2 * mp.log1p(mp.exp(-z))
    return f


def log_cauchy_pdf(mu, g):
    mu, g = d(mu), d(g)
    return lambda x: -mp.log(mp.pi * g * (1 + ((x - mu) / g) ** 2))


def log_lognormal_pdf(mu, s):
    mu, s = d(mu), d(s)
    return lambda x: -mp.log(x) - mp.log(s) - mp.log(2 * mp.pi) / 2 - (mp.log(x) - mu) ** 2 / (2 * s * s)


def log_students_t_pdf(nu):
    nu = d(nu)
    c = mp.loggamma((nu + 1) / 2) - mp.loggamma(nu / 2) - mp.log(nu * mp.pi) / 2
    return lambda x: c - (nu + 1) / 2 * mp.log1p(x * x / nu)


def log_rayleigh_pdf(s):
    s = d(s)
    return lambda x: mp.log(x) - 2 * mp.log(s) - x * x / (2 * s * s)


def log_weibull_pdf(k, lam):
    k, lam = d(k), d(lam)
    return lambda x: mp.log(k / lam) + (k - 1) * mp.log(x / lam) - (x / lam) ** k


def log_chi_squared_pdf(nu):
    return log_gamma_pdf(d(nu) / 2, 2)


# ------------------------------------------------------------------------------------------------
# Quadrature of the defining integrals.
# ------------------------------------------------------------------------------------------------
def integrate(f, points):
    """Tanh-sinh on each piece, at 60 digits so that the nodes reach 1e-60 from an endpoint: an
    integrable singularity such as (1-x)^(-1/2) at the end of a beta(0.5, 0.5) would otherwise lose
    the mass within 1e-30 of it, about 1e-15."""
    with mp.workdps(2 * mp.mp.dps):
        total = mp.mpf(0)
        for a, b in zip(points[:-1], points[1:]):
            total += mp.quad(f, [a, b], maxdegree=10)
    return +total


def quad_entropy(lp, points):
    return -integrate(lambda x: mp.exp(lp(x)) * lp(x), points)


def quad_kl(lp, lq, points):
    return integrate(lambda x: mp.exp(lp(x)) * (lp(x) - lq(x)), points)


def around(centre, width, lower=-INF, upper=INF, spans=(1, 4, 12, 40)):
    """Split points: the support ends and centre +- each span * width, kept inside the support."""
    centre, width = d(centre), d(width)
    pts = {centre}
    for s in spans:
        for p in (centre - s * width, centre + s * width):
            if lower < p < upper:
                pts.add(p)
    return [lower] + sorted(pts - {lower, upper}) + [upper]


E = mp.euler


def entropies():
    """Differential entropies: quadrature, cross-checked by Table 17.1's closed forms in mpmath."""
    half_log_2pie = mp.log(2 * mp.pi * mp.e) / 2

    def normal(mu, s):
        record("entropy normal(%s,%s)" % (mu, s), quad_entropy(log_normal_pdf(mu, s), around(mu, s)),
               "quad -int p log p", half_log_2pie + mp.log(d(s)))

    normal(0, 1)
    normal(100, "0.01")

    for lam in ("2.5",):
        record("entropy exponential(%s)" % lam, quad_entropy(log_exponential_pdf(lam), around(0, 1 / d(lam), 0)),
               "quad -int p log p", 1 - mp.log(d(lam)))

    def gamma_closed(k, th):
        k, th = d(k), d(th)
        return k + mp.log(th) + mp.loggamma(k) + (1 - k) * mp.digamma(k)

    for k, th in (("2.5", "1.5"), ("0.5", 2), (30, 1), (40, "0.25")):
        kk, tt = d(k), d(th)
        centre, width = kk * tt, mp.sqrt(kk) * tt
        record("entropy gamma(%s,%s)" % (k, th), quad_entropy(log_gamma_pdf(k, th), around(centre, width, 0)),
               "quad -int p log p", gamma_closed(k, th))
    # Large shape: the closed form in mpmath is the reference; the quadrature checks it.
    for k, th in ((10 ** 6, 1), (10 ** 4, 3)):
        kk, tt = d(k), d(th)
        q = quad_entropy(log_gamma_pdf(k, th), around(kk * tt, mp.sqrt(kk) * tt, 0))
        record("entropy gamma(%s,%s)" % (k, th), gamma_closed(k, th),
               "closed form (mpmath) k+ln th+loggamma(k)+(1-k)digamma(k)", q)

    def beta_closed(a, b):
        a, b = d(a), d(b)
        return (mp.log(mp.beta(a, b)) - (a - 1) * mp.digamma(a) - (b - 1) * mp.digamma(b)
                + (a + b - 2) * mp.digamma(a + b))

    for a, b in ((2, 5), ("0.5", "0.5"), (3, "1.5")):
        record("entropy beta(%s,%s)" % (a, b), quad_entropy(log_beta_pdf(a, b), [0, d(1) / 2, 1]),
               "quad -int p log p", beta_closed(a, b))
    for a, b in ((10 ** 5, 2 * 10 ** 5),):
        aa, bb = d(a), d(b)
        m = aa / (aa + bb)
        sd = mp.sqrt(aa * bb / ((aa + bb) ** 2 * (aa + bb + 1)))
        q = quad_entropy(log_beta_pdf(a, b), around(m, sd, 0, 1))
        record("entropy beta(%s,%s)" % (a, b), beta_closed(a, b),
               "closed form (mpmath) ln B - (a-1)psi(a) - (b-1)psi(b) + (a+b-2)psi(a+b)", q)

    for lo, hi in ((0, "0.5"), ("-1.5", 2)):
        record("entropy uniform(%s,%s)" % (lo, hi), quad_entropy(log_uniform_pdf(lo, hi), [d(lo), d(hi)]),
               "quad -int p log p", mp.log(d(hi) - d(lo)))

    record("entropy laplace(1,2)", quad_entropy(log_laplace_pdf(1, 2), around(1, 2)), "quad -int p log p",
           1 + mp.log(4))
    record("entropy logistic(-1,0.7)", quad_entropy(log_logistic_pdf(-1, "0.7"), around(-1, "0.7")),
           "quad -int p log p", mp.log(d("0.7")) + 2)
    record("entropy cauchy(2,0.5)", quad_entropy(log_cauchy_pdf(2, "0.5"), around(2, "0.5", spans=(1, 10, 100))),
           "quad -int p log p", mp.log(4 * mp.pi * d("0.5")))
    record("entropy lognormal(0.5,0.8)",
           quad_entropy(log_lognormal_pdf("0.5", "0.8"), [0] + [mp.exp(d("0.5") + d("0.8") * s)
                                                              for s in (-12, -4, -1, 0, 1, 4, 12)] + [INF]),
           "quad -int p log p", d("0.5") + half_log_2pie + mp.log(d("0.8")))

    def t_closed(nu):
        nu = d(nu)
        return ((nu + 1) / 2 * (mp.digamma((nu + 1) / 2) - mp.digamma(nu / 2))
                + mp.log(mp.sqrt(nu) * mp.beta(nu / 2, d(1) / 2)))

    for nu in (3, "0.7", 100):
        record("entropy students_t(%s)" % nu,
               quad_entropy(log_students_t_pdf(nu), around(0, 1, spans=(1, 10, 100, 1000))),
               "quad -int p log p", t_closed(nu))
    q = quad_entropy(log_students_t_pdf(10 ** 6), around(0, 1, spans=(1, 4, 12, 40)))
    record("entropy students_t(1e6)", t_closed(10 ** 6),
           "closed form (mpmath) (nu+1)/2 [psi((nu+1)/2)-psi(nu/2)] + ln(sqrt(nu) B(nu/2,1/2))", q)

    s = d("1.3")
    record("entropy rayleigh(1.3)", quad_entropy(log_rayleigh_pdf(s), around(s, s, 0)), "quad -int p log p",
           1 + mp.log(s / mp.sqrt(2)) + E / 2)
    for k, lam in (("1.7", "2.2"), ("0.6", 1)):
        kk, ll = d(k), d(lam)
        pts = [0] + [ll * d(10) ** e for e in (-8, -4, -2, -1, 0, 1)] + [INF]
        record("entropy weibull(%s,%s)" % (k, lam), quad_entropy(log_weibull_pdf(k, lam), pts),
               "quad -int p log p", E * (1 - 1 / kk) + mp.log(ll / kk) + 1)
    for nu in (5, 60):
        nn = d(nu)
        record("entropy chi_squared(%s)" % nu,
               quad_entropy(log_chi_squared_pdf(nu), around(nn, mp.sqrt(2 * nn), 0)), "quad -int p log p",
               nn / 2 + mp.log(2 * mp.gamma(nn / 2)) + (1 - nn / 2) * mp.digamma(nn / 2))


def pair(family, a, b):
    """The name of a pair as the tests quote it: "normal(0,1)||normal(1,2)", parameters as written."""
    return "%s(%s)||%s(%s)" % (family, ",".join(map(str, a)), family, ",".join(map(str, b)))


def continuous_kls():
    """Same-family KLs: quadrature of int p log(p/q), cross-checked by the closed forms in mpmath."""
    def normal(*args):
        name = pair("normal", args[:2], args[2:])
        m1, s1, m2, s2 = map(d, args)
        closed = mp.log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - d(1) / 2
        record("kl " + name,
               quad_kl(log_normal_pdf(m1, s1), log_normal_pdf(m2, s2), around(m1, s1)), "quad int p log(p/q)",
               closed)

    normal(0, 1, 1, 2)
    normal(100, "0.01", "100.02", "0.015")

    for l1, l2 in ((1, 3), (3, 1)):
        a, b = d(l1), d(l2)
        record("kl exponential(%s)||exponential(%s)" % (l1, l2),
               quad_kl(log_exponential_pdf(a), log_exponential_pdf(b), around(0, 1 / a, 0)),
               "quad int p log(p/q)", mp.log(a / b) + b / a - 1)

    for k1, t1, k2, t2 in (("2.5", "1.5", 4, "0.8"), ("0.5", 2, "1.5", 1)):
        name = pair("gamma", (k1, t1), (k2, t2))
        k1, t1, k2, t2 = map(d, (k1, t1, k2, t2))
        closed = ((k1 - k2) * mp.digamma(k1) - mp.loggamma(k1) + mp.loggamma(k2) + k2 * mp.log(t2 / t1)
                  + k1 * (t1 / t2 - 1))
        record("kl " + name,
               quad_kl(log_gamma_pdf(k1, t1), log_gamma_pdf(k2, t2), around(k1 * t1, mp.sqrt(k1) * t1, 0)),
               "quad int p log(p/q)", closed)

    for a1, b1, a2, b2 in ((2, 5, 3, 3), ("0.5", "0.5", 2, 2)):
        name = pair("beta", (a1, b1), (a2, b2))
        a1, b1, a2, b2 = map(d, (a1, b1, a2, b2))
        closed = (mp.log(mp.beta(a2, b2) / mp.beta(a1, b1)) + (a1 - a2) * mp.digamma(a1)
                  + (b1 - b2) * mp.digamma(b1) + (a2 - a1 + b2 - b1) * mp.digamma(a1 + b1))
        record("kl " + name,
               quad_kl(log_beta_pdf(a1, b1), log_beta_pdf(a2, b2), [0, d(1) / 2, 1]),
               "quad int p log(p/q)", closed)

    for lo1, hi1, lo2, hi2 in ((0, 1, -1, 2), ("0.25", "0.5", 0, 3)):
        name = pair("uniform", (lo1, hi1), (lo2, hi2))
        lo1, hi1, lo2, hi2 = map(d, (lo1, hi1, lo2, hi2))
        record("kl " + name,
               quad_kl(log_uniform_pdf(lo1, hi1), log_uniform_pdf(lo2, hi2), [lo1, hi1]),
               "quad int p log(p/q)", mp.log((hi2 - lo2) / (hi1 - lo1)))

    for m1, b1, m2, b2 in ((0, 1, 1, 2), (1, 2, "0.5", "0.7"), (0, 1, "0.001", 1)):
        name = pair("laplace", (m1, b1), (m2, b2))
        m1, b1, m2, b2 = map(d, (m1, b1, m2, b2))
        gap = abs(m1 - m2)
        closed = mp.log(b2 / b1) + gap / b2 + b1 / b2 * mp.exp(-gap / b1) - 1
        pts = sorted({m1, m2} | {m1 + s * b1 for s in (-40, -12, -4, -1, 1, 4, 12, 40)})
        record("kl " + name,
               quad_kl(log_laplace_pdf(m1, b1), log_laplace_pdf(m2, b2), [-INF] + pts + [INF]),
               "quad int p log(p/q)", closed)

    for m1, g1, m2, g2 in ((0, 1, 1, 3), (2, "0.5", -1, 1)):
        name = pair("cauchy", (m1, g1), (m2, g2))
        m1, g1, m2, g2 = map(d, (m1, g1, m2, g2))
        closed = mp.log(((g1 + g2) ** 2 + (m1 - m2) ** 2) / (4 * g1 * g2))
        pts = sorted({m1, m2} | {m1 + s * g1 for s in (-100, -10, -1, 1, 10, 100)})
        record("kl " + name,
               quad_kl(log_cauchy_pdf(m1, g1), log_cauchy_pdf(m2, g2), [-INF] + pts + [INF]),
               "quad int p log(p/q)", closed)


def log_mixture_pdf(*parts):
    """log sum w_i p_i(x), parts given as (weight, log-density)."""
    return lambda x: mp.log(mp.fsum(d(w) * mp.exp(lp(x)) for w, lp in parts))


def cross_family_kls():
    """KLs across families and with mixtures: the pairs of bench/quadrature_pairs.hpp that have no
    same-family record above. Quadrature of int p log(p/q) over P's support, split at both densities'
    kinks and at P's centre +- a few widths; cross-checked by a closed form where the pair has one."""
    two = ((d("0.5"), log_normal_pdf(-2, "0.6")), (d("0.5"), log_normal_pdf(2, "0.6")))
    gamma3 = log_gamma_pdf(3, 1)
    lg = ((d("0.3"), log_laplace_pdf(0, 1)), (d("0.7"), lambda x: gamma3(x) if x > 0 else -INF))
    n = around(0, 1)
    cases = [
        ("normal(0,1)||laplace(0,1)", log_normal_pdf(0, 1), log_laplace_pdf(0, 1), n, None),
        ("normal(0,1)||laplace(3,1)", log_normal_pdf(0, 1), log_laplace_pdf(3, 1), sorted(set(n) | {d(3)}), None),
        ("gamma(2,1)||lognormal(0,1)", log_gamma_pdf(2, 1), log_lognormal_pdf(0, 1),
         around(2, mp.sqrt(2), 0), None),
        ("students_t(3)||normal(0,1)", log_students_t_pdf(3), log_normal_pdf(0, 1),
         around(0, 1, spans=(1, 4, 12, 40, 400)), None),
        ("rayleigh(1)||weibull(1.5,1)", log_rayleigh_pdf(1), log_weibull_pdf("1.5", 1), around(1, 1, 0), None),
        ("logistic(0,1)||normal(0,1)", log_logistic_pdf(0, 1), log_normal_pdf(0, 1), around(0, 1), None),
        ("beta(2,3)||uniform(0,1)", log_beta_pdf(2, 3), log_uniform_pdf(0, 1), [0, d("0.4"), 1], None),
        ("normal(0,1)||cauchy(0,1)", log_normal_pdf(0, 1), log_cauchy_pdf(0, 1), n, None),
        ("lognormal(0,0.5)||normal(1,1)", log_lognormal_pdf(0, "0.5"), log_normal_pdf(1, 1),
         around(1, "0.5", 0), None),
        # -log q = log pi + (1/2) log x + (1/2) log(1-x), whose mean under the uniform is log pi - 1
        ("uniform(0,1)||beta(0.5,0.5)", log_uniform_pdf(0, 1), log_beta_pdf("0.5", "0.5"), [0, d(1) / 2, 1],
         mp.log(mp.pi) - 1),
        # E[x] - h(gamma(1/2, 1)) = 1/2 - (1/2 + ln Gamma(1/2) + (1/2) digamma(1/2))
        ("gamma(0.5,1)||exponential(1)", log_gamma_pdf("0.5", 1), log_exponential_pdf(1), around("0.5", 1, 0),
         -mp.loggamma(d(1) / 2) - mp.digamma(d(1) / 2) / 2),
        ("beta(0.5,2)||beta(2,0.5)", log_beta_pdf("0.5", 2), log_beta_pdf(2, "0.5"), [0, d(1) / 2, 1],
         mp.log(mp.beta(2, d("0.5")) / mp.beta(d("0.5"), 2)) + (d("0.5") - 2) * mp.digamma(d("0.5"))
         + (2 - d("0.5")) * mp.digamma(2)),
        ("exponential(1)||chi_squared(3)", log_exponential_pdf(1), log_chi_squared_pdf(3), around(0, 1, 0), None),
        ("weibull(5,3)||gamma(9,0.3)", log_weibull_pdf(5, 3), log_gamma_pdf(9, "0.3"),
         around("2.8", "0.6", 0), None),
        ("cauchy(0,1)||students_t(1.5)", log_cauchy_pdf(0, 1), log_students_t_pdf("1.5"),
         around(0, 1, spans=(1, 10, 100, 1000, 10 ** 4, 10 ** 6)), None),
        ("mixture(0.5*normal(-2,0.6),0.5*normal(2,0.6))||normal(2,0.6)", log_mixture_pdf(*two),
         log_normal_pdf(2, "0.6"), sorted(set(around(-2, "0.6")) | set(around(2, "0.6"))), None),
        ("normal(1.5,0.8)||mixture(0.5*normal(-2,0.6),0.5*normal(2,0.6))", log_normal_pdf("1.5", "0.8"),
         log_mixture_pdf(*two), around("1.5", "0.8"), None),
        ("mixture(0.3*laplace(0,1),0.7*gamma(3,1))||normal(1,2)", log_mixture_pdf(*lg), log_normal_pdf(1, 2),
         sorted(set(around(0, 1)) | set(around(3, mp.sqrt(3), 0)[1:])), None),
        # gamma closed form as in continuous_kls
        ("gamma(2,1)||gamma(3,2)", log_gamma_pdf(2, 1), log_gamma_pdf(3, 2), around(2, mp.sqrt(2), 0),
         (2 - 3) * mp.digamma(2) - mp.loggamma(2) + mp.loggamma(3) + 3 * mp.log(2) + 2 * (d(1) / 2 - 1)),
        # -h(laplace(0,1)) + E[x^2]/2 + ln(2 pi)/2 = -(1 + ln 2) + 1 + ln(2 pi)/2
        ("laplace(0,1)||normal(0,1)", log_laplace_pdf(0, 1), log_normal_pdf(0, 1), around(0, 1),
         -mp.log(2) + mp.log(2 * mp.pi) / 2),
        # E[x] - h(weibull(k, 1)) = Gamma(1 + 1/k) - (euler (1 - 1/k) - ln k + 1)
        ("weibull(0.6,1)||exponential(1)", log_weibull_pdf("0.6", 1), log_exponential_pdf(1), around(1, 2, 0),
         mp.gamma(1 + 1 / d("0.6")) - (E * (1 - 1 / d("0.6")) - mp.log(d("0.6")) + 1)),
    ]
    for name, lp, lq, pts, closed in cases:
        record("kl " + name, quad_kl(lp, lq, pts), "quad int p log(p/q)", closed)


# ------------------------------------------------------------------------------------------------
# Discrete: exact pmfs and sums of the definition.
# ------------------------------------------------------------------------------------------------
def binomial_pmf(n, p):
    p = d(p)
    return lambda k: mp.binomial(n, k) * p ** k * (1 - p) ** (n - k) if 0 <= k <= n else d(0)


def poisson_pmf(lam):
    lam = d(lam)
    return lambda k: mp.exp(-lam) * lam ** k / mp.factorial(k)


def geometric_pmf(p):
    p = d(p)
    return lambda k: p * (1 - p) ** k


def kl_sum(P, Q, ks):
    total = d(0)
    for k in ks:
        pk = P(k)
        if pk != 0:
            total += pk * mp.log(pk / Q(k))
    return total


def discrete_kls():
    """Same-family discrete KLs: sums of the definition, cross-checked by the closed forms in mpmath."""
    for l1, l2 in ((4, "2.5"), (2, "2.02")):
        a, b = d(l1), d(l2)
        s = mp.nsum(lambda k: poisson_pmf(a)(int(k)) * mp.log(poisson_pmf(a)(int(k)) / poisson_pmf(b)(int(k))),
                    [0, INF])
        record("kl poisson(%s)||poisson(%s)" % (l1, l2), s, "nsum P log(P/Q), k=0..inf",
               a * mp.log(a / b) + b - a)

    for p, q in (("0.3", "0.6"), ("0.999", "0.5")):
        pp, qq = d(p), d(q)
        s = kl_sum(lambda k: pp if k else 1 - pp, lambda k: qq if k else 1 - qq, (0, 1))
        record("kl bernoulli(%s)||bernoulli(%s)" % (p, q), s, "sum P log(P/Q), k=0,1")

    for n, p, q in ((10, "0.5", "0.3"), (20, "0.1", "0.15")):
        pp, qq = d(p), d(q)
        closed = n * (pp * mp.log(pp / qq) + (1 - pp) * mp.log((1 - pp) / (1 - qq)))
        record("kl binomial(%s,%s)||binomial(%s,%s)" % (n, p, n, q),
               kl_sum(binomial_pmf(n, p), binomial_pmf(n, q), range(n + 1)), "sum P log(P/Q), k=0..n", closed)

    for p, q in (("0.3", "0.5"), ("0.05", "0.04")):
        pp, qq = d(p), d(q)
        P, Q = geometric_pmf(pp), geometric_pmf(qq)
        s = mp.nsum(lambda k: P(k) * mp.log(P(k) / Q(k)), [0, INF])
        closed = mp.log(pp / qq) + (1 - pp) / pp * mp.log((1 - pp) / (1 - qq))
        record("kl geometric(%s)||geometric(%s)" % (p, q), s, "nsum P log(P/Q), k=0..inf", closed)


def curriculum():
    """The discrete figures of shared/curriculum.md (lessons 4 and 10), summed exactly."""
    B, P = binomial_pmf(10, "0.5"), poisson_pmf(4)
    record("curriculum D(B10||P4) full", kl_sum(B, P, range(11)), "sum k=0..10 B log(B/P)")
    record("curriculum D(B10||P4) window 0..9", kl_sum(B, P, range(10)), "sum k=0..9 B log(B/P)")
    record("curriculum D(P4||B10) window 0..9", kl_sum(P, B, range(10)), "sum k=0..9 P log(P/B)")
    record("curriculum P4 mass above 10", 1 - mp.fsum(P(k) for k in range(11)), "1 - sum k=0..10 P")

    B, P = binomial_pmf(250, "0.008"), poisson_pmf(2)
    record("curriculum D(B250||P2) full", kl_sum(B, P, range(251)), "sum k=0..250 B log(B/P)")
    record("curriculum D(B250||P2) window 0..9", kl_sum(B, P, range(10)), "sum k=0..9 B log(B/P)")
    record("curriculum D(P2||B250) window 0..9", kl_sum(P, B, range(10)), "sum k=0..9 P log(P/B)")

    B = binomial_pmf(15, d(7 / 15))
    U = lambda k: mp.mpf(1) / 15  # noqa: E731
    record("curriculum D(B15||U15) window 0..14", kl_sum(B, U, range(15)), "sum k=0..14 B log(15 B), p=7/15")
    record("curriculum B15 mass at 15", B(15), "(7/15)^15")

    B = binomial_pmf(2, "0.4")
    U = lambda k: mp.mpf(1) / 3  # noqa: E731
    record("curriculum D(B2||U3)", kl_sum(B, U, range(3)), "sum k=0..2 B log(3 B)")
    record("curriculum D(U3||B2)", kl_sum(U, B, range(3)), "sum k=0..2 (1/3) log(1/(3 B))")


def other_bases():
    """A few values in bits (divided by ln 2) and bans (by ln 10), at 30 digits."""
    found = dict(values)
    for name, unit, log_b in (("entropy normal(0,1)", "bits", mp.log(2)),
                              ("entropy uniform(0,0.5)", "bits", mp.log(2)),
                              ("kl cauchy(0,1)||cauchy(1,3)", "bans", mp.log(10)),
                              ("kl exponential(1)||exponential(3)", "bans", mp.log(10)),
                              ("kl poisson(4)||poisson(2.5)", "bits", mp.log(2)),
                              ("kl geometric(0.3)||geometric(0.5)", "bans", mp.log(10))):
        divisor = "ln 2" if unit == "bits" else "ln 10"
        record("%s in %s" % (name, unit), found[name] / log_b, "the value above / " + divisor)


if __name__ == "__main__":
    print("# mpmath %s, mp.dps = %d" % (mp.__version__, mp.mp.dps))
    entropies()
    continuous_kls()
    cross_family_kls()
    discrete_kls()
    curriculum()
    other_bases()
    print("# %d values" % len(values))
    if failures:
        for name, value, check in failures:
            print("CROSS-CHECK FAILED: %s: %s vs %s" % (name, value, check), file=sys.stderr)
        sys.exit(1)
