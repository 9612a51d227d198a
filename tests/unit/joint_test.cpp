// Joint distributions and channels against reference values computed independently with mpmath.
//
// Provenance: python3 with mpmath 1.3.0, mp.dps = 30, the defining sums over the doubles the tests hold
// (d(x) = mp.mpf(float(x))); the digits quoted are those it printed, to 20 significant digits. The script:
//
//   import mpmath as mp
//   mp.mp.dps = 30
//   d = lambda x: mp.mpf(float(x))
//   def marg(P): return [mp.fsum(r) for r in P], [mp.fsum(c) for c in zip(*P)]
//   def H(v): return -mp.fsum(p * mp.log(p) for p in v if p)
//   def Hxy(P): return H([p for r in P for p in r])
//   def Hy_x(P):
//       px, _ = marg(P); return -mp.fsum(p * mp.log(p / px[i]) for i, r in enumerate(P) for p in r if p)
//   def Hx_y(P):
//       _, py = marg(P); return -mp.fsum(p * mp.log(p / py[j]) for r in P for j, p in enumerate(r) if p)
//   def I(P):
//       px, py = marg(P)
//       return mp.fsum(p * mp.log(p / (px[i] * py[j])) for i, r in enumerate(P) for j, p in enumerate(r) if p)
//   A = [[d(0.3), d(0.2)], [d(0.1), d(0.4)]]                 # Hxy(A), H(marg(A)[0]), ..., I(A)
//   t = mp.mpf(2) ** -30                                    # N1: sums to 1 exactly
//   N1 = [[mp.mpf("0.09375") + t, mp.mpf("0.15625") - t], [mp.mpf("0.28125") - t, mp.mpf("0.46875") + t]]
//   N2 = [[d("0.020000001"), d("0.119999999"), d("0.06")], [d("0.029999999"), d("0.180000001"), d("0.09")],
//         [d("0.05"), d("0.3"), d("0.15")]]                 # I(N2) also at mp.workdps(60): same 16 digits
//   p = d(0.11); 1 + (p * mp.log(p) + (1 - p) * mp.log(1 - p)) / mp.log(2)           # BSC capacity, bits
//   p = d(0.3);  mp.log(1 + (1 - p) * p ** (p / (1 - p))) / mp.log(2)                  # Z capacity, bits
//     # cross-checked by maximising h(a(1-p)) - a h(p) over a = P(X=1) (dI/da = 0): same 22 digits, at
//     # a = 1 / ((1 - p)(1 + exp(h(p)/(1 - p))))
//   r = [d(0.2), d(0.5), d(0.3)]; W1, W2 as in the chain test below; I of r x W1 and of r x (W1 W2)
//
// The Cover and Thomas table is exact: T. M. Cover and J. A. Thomas, "Elements of Information Theory",
// 2nd ed., Example 2.2.1 (H(X) = H(1/8, 7/8), H(X | Y = 1) = 1 bit, H(X | Y) = 0.25 bits), with their X
// and Y as our rows and columns.
#include <info/check.hpp>
#include <info/discrete_measures.hpp>
#include <info/error.hpp>
#include <info/joint.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

using namespace info;

namespace {

double relative_error(double value, double reference) { return std::abs(value - reference) / std::abs(reference); }

const joint A{{0.3, 0.2}, {0.1, 0.4}};

// 'A ...' lines of the script, in nats.
constexpr double A_hxy = 1.2798542258336674771;
constexpr double A_hx = 0.69314718055994530090;
constexpr double A_hy = 0.67301166700925642017;
constexpr double A_hy_x = 0.58670704527372217616;
constexpr double A_hx_y = 0.60684255882441105689;
constexpr double A_i = 0.086304621735534244013;
constexpr double A_i_bits = 0.12451124978365309620;

}  // namespace

TEST_SUITE("joint") {
  TEST_CASE("joint: a table, its shape, cells and marginals") {
    CHECK(A.rows() == 2);
    CHECK(A.cols() == 2);
    CHECK(A(0, 1) == 0.2);
    CHECK(A(1, 0) == 0.1);
    CHECK(A(2, 0) == 0.0);  // outside the table, as a pmf beyond its outcomes
    CHECK(A(0, -1) == 0.0);
    CHECK(A.name() == "P");
    CHECK(A.px().name() == "P_X");
    CHECK(A.px()(0) == 0.5);
    CHECK(A.px()(1) == 0.5);
    CHECK(A.py()(0) == doctest::Approx(0.4).epsilon(1e-16));
    CHECK(A.py()(1) == doctest::Approx(0.6).epsilon(1e-16));
    const joint B = A.named("Q");
    CHECK(B.name() == "Q");
    CHECK(B.py().name() == "Q_Y");
    // The same table from an Eigen array and from std::vector rows.
    Eigen::ArrayXXd m(2, 2);
    m << 0.3, 0.2, 0.1, 0.4;
    CHECK((joint(m).mass() == A.mass()).all());
    CHECK((joint(std::vector<std::vector<double>>{{0.3, 0.2}, {0.1, 0.4}}).mass() == A.mass()).all());
  }

  TEST_CASE("joint: transpose swaps X and Y; flatten is row-major") {
    const joint t = transpose(A);
    CHECK(t(0, 1) == 0.1);
    CHECK(t(1, 0) == 0.2);
    CHECK((t.px().mass() == A.py().mass()).all());
    CHECK(t.px().name() == "P_X");
    const pmf f = flatten(A);
    REQUIRE(f.size() == 4);
    CHECK(f(0) == 0.3);
    CHECK(f(1) == 0.2);  // cell (0, 1)
    CHECK(f(2) == 0.1);  // cell (1, 0)
    CHECK(f(3) == 0.4);
  }

  TEST_CASE("joint: entropies and mutual information of (0.3, 0.2; 0.1, 0.4) against mpmath") {
    CHECK(relative_error(joint_entropy(A), A_hxy) <= 1e-15);
    CHECK(relative_error(entropy(A.px()), A_hx) <= 1e-15);
    CHECK(relative_error(entropy(A.py()), A_hy) <= 1e-15);
    CHECK(relative_error(conditional_entropy(A), A_hy_x) <= 1e-15);
    CHECK(relative_error(conditional_entropy_x_given_y(A), A_hx_y) <= 1e-15);
    CHECK(relative_error(mutual_information(A), A_i) <= 1e-15);
    CHECK(relative_error(mutual_information(A, base::bits), A_i_bits) <= 1e-15);
    const result i = mutual_information(A);
    CHECK(i.method == method::sum);
    CHECK(i.evaluations == 4);
    CHECK(i.error > 0);
    CHECK(i.error < 1e-15);
  }

  TEST_CASE("joint: the chain rule, each side computed by separate code") {
    // H(X,Y) = -sum p log p; H(X) from the marginal pmf; H(Y|X) = -sum p log(p/P_X).
    const check x_first = identity("H(X,Y) = H(X) + H(Y|X)", joint_entropy(A), entropy(A.px()) + conditional_entropy(A), 1e-15);
    CHECK(x_first.holds());
    const check y_first =
        identity("H(X,Y) = H(Y) + H(X|Y)", joint_entropy(A), entropy(A.py()) + conditional_entropy_x_given_y(A), 1e-15);
    CHECK(y_first.holds());
    // H(Y|X) of the table is H(X|Y) of its transpose.
    CHECK(conditional_entropy(transpose(A)).value == doctest::Approx(conditional_entropy_x_given_y(A)).epsilon(1e-15));
  }

  TEST_CASE("joint: I(X;Y) three ways: its own sum, KL(P_XY || P_X P_Y), H(X) + H(Y) - H(X,Y)") {
    const double i = mutual_information(A);
    const double kl = kl_divergence(flatten(A), flatten(product_of_marginals(A)));
    const double entropies = entropy(A.px()) + entropy(A.py()) - joint_entropy(A);
    CHECK(identity("I = KL(P_XY || P_X P_Y)", i, kl, 1e-15).holds());
    CHECK(identity("I = H(X) + H(Y) - H(X,Y)", i, entropies, 1e-15).holds());
    // The terms, one per cell, sum to I.
    CHECK(mutual_information_terms(A).sum() == doctest::Approx(i).epsilon(1e-15));
    CHECK(mutual_information_terms(A)(1, 0) < 0);  // P(1,0) = 0.1 < P_X P_Y = 0.2
    const joint m = product_of_marginals(A);
    CHECK(m(0, 0) == doctest::Approx(0.2).epsilon(1e-16));
    CHECK(m(1, 1) == doctest::Approx(0.3).epsilon(1e-16));
  }

  TEST_CASE("joint: an independent table has I = 0, never negative") {
    // (0.3, 0.7) x (0.4, 0.6), typed as decimals: the doubles are products only to rounding.
    const joint independent{{0.12, 0.18}, {0.28, 0.42}};
    const double i = mutual_information(independent);
    CHECK(i >= 0.0);
    CHECK(i <= 1e-16);
    const double i_product = mutual_information(product_of_marginals(A));
    CHECK(i_product >= 0.0);
    CHECK(i_product <= 1e-16);
    // One row: Y cannot depend on a constant X.
    CHECK(mutual_information(joint{{0.25, 0.5, 0.25}}).value == 0.0);
    CHECK(mutual_information(joint{{0.5, 0.0}, {0.5, 0.0}}).value == 0.0);  // a zero column
  }

  TEST_CASE("joint: I of nearly independent tables, where the terms cancel to 1e-8 of their size, against mpmath") {
    // N1: (1/4, 3/4) x (3/8, 5/8) moved by 2^-30 along (+, -; -, +); every cell is exact and the table
    // sums to 1 exactly. 'N1 I(X;Y)' = 9.8686490990648324481e-18.
    const double t = 0x1p-30;
    const joint n1{{0.09375 + t, 0.15625 - t}, {0.28125 - t, 0.46875 + t}};
    const double i1 = mutual_information(n1);
    CHECK(relative_error(i1, 9.8686490990648324481e-18) <= 1e-10);
    // N2: (0.2, 0.3, 0.5) x (0.1, 0.6, 0.3) moved by 1e-9, typed as decimals; its doubles sum to
    // 1 - 3.1e-17, which contributes S(1 - S) = 3.1e-17 of the 8.0e-17. 'N2 I(X;Y)' (60 digits):
    // 7.9836133460292842987e-17.
    const joint n2{{0.020000001, 0.119999999, 0.06}, {0.029999999, 0.180000001, 0.09}, {0.05, 0.3, 0.15}};
    const double i2 = mutual_information(n2);
    CHECK(relative_error(i2, 7.9836133460292842987e-17) <= 1e-10);
    // In fact both keep nearly all their digits.
    CHECK(relative_error(i1, 9.8686490990648324481e-18) <= 1e-14);
    CHECK(relative_error(i2, 7.9836133460292842987e-17) <= 1e-14);
  }

  TEST_CASE("joint: conditioning reduces entropy on average, not for every y (Cover and Thomas, Example 2.2.1)") {
    const joint ct{{0.0, 0.125}, {0.75, 0.125}};
    const double hx = entropy(ct.px(), base::bits);
    // 'CT H(X) bits' = H(1/8, 7/8) = 0.54356444319959640599
    CHECK(relative_error(hx, 0.54356444319959640599) <= 1e-15);
    const double h_given_y = conditional_entropy_x_given_y(ct, base::bits);
    CHECK(h_given_y == doctest::Approx(0.25).epsilon(1e-15));
    CHECK(at_most("H(X|Y) <= H(X)", h_given_y, hx).holds());
    CHECK(conditional_entropy_at(ct, 0, base::bits).value == 0.0);  // Y = 0 leaves X = 1 certain
    const double h_at_1 = conditional_entropy_at(ct, 1, base::bits);
    CHECK(h_at_1 == doctest::Approx(1.0).epsilon(1e-15));  // Y = 1: X is a fair coin
    CHECK(at_least("H(X|Y=1) >= H(X)", h_at_1, hx).holds());
    CHECK(h_at_1 > hx);
    // H(X|Y) = sum_y P_Y(y) H(X|Y=y), the sides from separate code.
    const double average = ct.py()(0) * conditional_entropy_at(ct, 0) + ct.py()(1) * conditional_entropy_at(ct, 1);
    CHECK(average == doctest::Approx(conditional_entropy_x_given_y(ct).value).epsilon(1e-15));
  }

  TEST_CASE("joint: the conditional distributions") {
    const pmf x_at_1 = x_given_y(A, 1);
    CHECK(x_at_1(0) == doctest::Approx(1.0 / 3).epsilon(1e-15));
    CHECK(x_at_1(1) == doctest::Approx(2.0 / 3).epsilon(1e-15));
    CHECK(entropy(x_at_1).value == doctest::Approx(conditional_entropy_at(A, 1).value).epsilon(1e-15));
    const pmf y_at_0 = y_given_x(A, 0);
    CHECK(y_at_0(0) == doctest::Approx(0.6).epsilon(1e-15));
    CHECK(y_at_0(1) == doctest::Approx(0.4).epsilon(1e-15));
    const joint zero_col{{0.5, 0.0}, {0.5, 0.0}};
    CHECK_THROWS_WITH_AS(x_given_y(zero_col, 1), doctest::Contains("never happens"), invalid_input);
    CHECK_THROWS_WITH_AS(conditional_entropy_at(zero_col, 1), doctest::Contains("P_Y(1) = 0"), invalid_input);
    CHECK_THROWS_WITH_AS(conditional_entropy_at(A, 2), doctest::Contains("choose y in 0..1"), invalid_input);
    CHECK_THROWS_WITH_AS(y_given_x(A, -1), doctest::Contains("choose x in 0..1"), invalid_input);
  }

  TEST_CASE("joint: 0 log 0 = 0 in every measure") {
    const joint diagonal{{0.5, 0.0}, {0.0, 0.5}};
    CHECK(joint_entropy(diagonal, base::bits).value == doctest::Approx(1.0).epsilon(1e-16));
    CHECK(conditional_entropy(diagonal).value == 0.0);
    CHECK(conditional_entropy_x_given_y(diagonal).value == 0.0);
    CHECK(mutual_information(diagonal, base::bits).value == doctest::Approx(1.0).epsilon(1e-15));
    CHECK(mutual_information_terms(diagonal)(0, 1) == 0.0);
  }

  TEST_CASE("joint: refuses empty, ragged, negative, non-finite tables and a sum off 1, naming the fix") {
    CHECK_THROWS_WITH_AS(joint(std::vector<std::vector<double>>{}), doctest::Contains("P is empty"), invalid_distribution);
    CHECK_THROWS_WITH_AS(joint({{}}), doctest::Contains("P is empty"), invalid_distribution);
    CHECK_THROWS_WITH_AS(joint(Eigen::ArrayXXd(0, 0)), doctest::Contains("give at least one row"), invalid_distribution);
    CHECK_THROWS_WITH_AS(joint({{0.5, 0.2}, {0.3}}), doctest::Contains("row 1 has 1 entries but row 0 has 2"),
                         invalid_distribution);
    CHECK_THROWS_WITH_AS(joint({{0.5, 0.6}, {-0.1, 0.0}}), doctest::Contains("P(1, 0) = -0.1 is negative"),
                         invalid_distribution);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_WITH_AS(joint({{0.5, nan}, {0.25, 0.25}}), doctest::Contains("P(0, 1) is nan"), invalid_distribution);
    CHECK_THROWS_WITH_AS(joint({{0.5, 0.2}, {0.1, 0.1}}, "Q"), doctest::Contains("Q sums to 0.9, not 1"),
                         invalid_distribution);
    CHECK_THROWS_WITH_AS(joint({{0.5, 0.2}, {0.1, 0.1}}), doctest::Contains("joint::normalised"), invalid_distribution);
    CHECK_THROWS_WITH_AS(joint({{0.5, 0.2}, {0.1, 0.1}}), doctest::Contains("nothing is ever normalised silently"),
                         invalid_distribution);
    // Within pmf::sum_tolerance of 1 is accepted, beyond it is not.
    CHECK_NOTHROW(joint({{0.5, 0.25}, {0.25, 1e-10}}));
    CHECK_THROWS_AS(joint({{0.5, 0.25}, {0.25, 2e-9}}), invalid_distribution);
    // Explicit normalisation, on request.
    Eigen::ArrayXXd w(1, 2);
    w << 1.0, 3.0;
    CHECK(joint::normalised(w)(0, 1) == 0.75);
  }

  TEST_CASE("channel: output, joint and composition") {
    const channel w{{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.2, 0.2, 0.6}};
    CHECK(w.inputs() == 3);
    CHECK(w.outputs() == 3);
    CHECK(w(1, 1) == 0.8);
    CHECK(w.row(2)(2) == 0.6);
    const pmf r{0.2, 0.5, 0.3};
    const pmf q = output(w, r);
    CHECK(q(0) == doctest::Approx(0.2 * 0.7 + 0.5 * 0.1 + 0.3 * 0.2).epsilon(1e-15));
    CHECK(q(2) == doctest::Approx(0.2 * 0.1 + 0.5 * 0.1 + 0.3 * 0.6).epsilon(1e-15));
    const joint j = joint_of(r, w);
    CHECK(j(1, 1) == doctest::Approx(0.4).epsilon(1e-15));
    // The joint's Y marginal (column sums) against the output (sum over inputs), both from the same cells.
    CHECK((j.py().mass() - q.mass()).abs().maxCoeff() <= 1e-16);
    const channel v{{0.9, 0.1}, {0.5, 0.5}, {0.1, 0.9}};
    const channel wv = compose(w, v);
    CHECK(wv.inputs() == 3);
    CHECK(wv.outputs() == 2);
    CHECK(wv(0, 0) == doctest::Approx(0.74).epsilon(1e-15));  // 0.7 * 0.9 + 0.2 * 0.5 + 0.1 * 0.1
    CHECK(wv(2, 1) == doctest::Approx(0.66).epsilon(1e-15));  // 0.2 * 0.1 + 0.2 * 0.5 + 0.6 * 0.9
    CHECK_THROWS_WITH_AS(compose(v, v), doctest::Contains("outputs must be the second's inputs"),
                         incompatible_distributions);
    CHECK_THROWS_WITH_AS(output(w, pmf{0.5, 0.5}), doctest::Contains("one probability per input symbol"),
                         incompatible_distributions);
    CHECK_THROWS_AS(joint_of(pmf{0.5, 0.5}, w), incompatible_distributions);
  }

  TEST_CASE("channel: data processing on X -> Y -> Z, I(X;Z) <= I(X;Y), against mpmath") {
    const channel w1{{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.2, 0.2, 0.6}};
    const channel w2{{0.9, 0.1}, {0.5, 0.5}, {0.1, 0.9}};
    const pmf r{0.2, 0.5, 0.3};
    const double ixy = mutual_information(joint_of(r, w1));
    const double ixz = mutual_information(joint_of(r, compose(w1, w2)));
    CHECK(relative_error(ixy, 0.27475996873619162675) <= 1e-14);   // 'chain I(X;Y)'
    CHECK(relative_error(ixz, 0.039651563489341839581) <= 1e-14);  // 'chain I(X;Z)'
    CHECK(at_most("I(X;Z) <= I(X;Y)", ixz, ixy).holds());
    // A noiseless second stage loses nothing.
    CHECK(mutual_information(joint_of(r, compose(w1, channel::noiseless(3)))).value ==
          doctest::Approx(ixy).epsilon(1e-15));
  }

  TEST_CASE("channel: the named channels") {
    const channel bsc = channel::binary_symmetric(0.1);
    CHECK(bsc(0, 1) == 0.1);
    CHECK(bsc(1, 1) == 0.9);
    const channel bec = channel::binary_erasure(0.25);
    CHECK(bec.outputs() == 3);
    CHECK(bec(1, 2) == 0.25);
    CHECK(bec(0, 1) == 0.0);
    const channel z = channel::z(0.3);
    CHECK(z(0, 0) == 1.0);
    CHECK(z(1, 0) == 0.3);
    CHECK(channel::noiseless(3)(2, 2) == 1.0);
    CHECK_THROWS_WITH_AS(channel::binary_symmetric(1.5), doctest::Contains("between 0 and 1"), invalid_input);
    CHECK_THROWS_AS(channel::z(std::nan("")), invalid_input);
    CHECK_THROWS_AS(channel::noiseless(0), invalid_input);
  }

  TEST_CASE("channel: refuses a row that does not sum to 1, naming the row and its sum") {
    CHECK_THROWS_WITH_AS(channel({{0.9, 0.1}, {0.2, 0.7}}), doctest::Contains("W's row 1"), invalid_distribution);
    CHECK_THROWS_WITH_AS(channel({{0.9, 0.1}, {0.2, 0.7}}), doctest::Contains("sums to 0.9, not 1"), invalid_distribution);
    CHECK_THROWS_WITH_AS(channel({{1.5, -0.5}}), doctest::Contains("W(0, 0) = 1.5 is above 1"), invalid_distribution);
    CHECK_THROWS_WITH_AS(channel({{0.5, 0.5}, {0.5}}), doctest::Contains("row 1 has 1 entries"), invalid_distribution);
    CHECK_THROWS_WITH_AS(channel({{0.5, std::nan("")}}), doctest::Contains("W(0, 1) is nan"), invalid_distribution);
    CHECK_THROWS_WITH_AS(channel(std::vector<std::vector<double>>{}), doctest::Contains("W is empty"),
                         invalid_distribution);
  }

  TEST_CASE("capacity: binary symmetric channel, 1 - h(0.11) bits") {
    const channel bsc = channel::binary_symmetric(0.11);
    const capacity_result c = capacity(bsc, base::bits);
    // 'BSC(0.11) C bits' = 0.50008404183547200269
    CHECK(std::abs(c.value - 0.50008404183547200269) <= 1e-12);
    CHECK(c.gap <= 1e-12);
    CHECK(c.input(0) == doctest::Approx(0.5).epsilon(1e-12));  // symmetric: the uniform input
    CHECK(c.unit == base::bits);
  }

  TEST_CASE("capacity: binary erasure channel, 1 - 0.25 = 0.75 bits") {
    const capacity_result c = capacity(channel::binary_erasure(0.25), base::bits);
    CHECK(std::abs(c.value - 0.75) <= 1e-12);
    CHECK(c.gap <= 1e-12);
  }

  TEST_CASE("capacity: Z channel with flip 0.3, against its closed form, with the bounds bracketing it") {
    const channel z = channel::z(0.3);
    const capacity_result c = capacity(z, base::bits);
    // 'Z(0.3) C bits' = log2(1 + (1-p) p^(p/(1-p))) = 0.50369193348481739591
    constexpr double exact = 0.50369193348481739591;
    CHECK(std::abs(c.value - exact) <= 1e-10);
    CHECK(c.value <= exact + 1e-15);  // the lower bound is a rate r achieves
    CHECK(c.upper >= exact - 1e-15);  // the upper bound holds for every input
    CHECK(c.gap <= 1e-12 / std::numbers::ln2);  // the tolerance is in nats
    CHECK(c.iterations > 0);
    CHECK(c.iterations < 1'000'000);
    // 'Z(0.3) optimal P(X=1)' = 0.42100061340706736982; the capacity is flat at its maximum, so a gap of
    // 1e-12 pins the input only to about sqrt(1e-12).
    CHECK(std::abs(c.input(1) - 0.42100061340706736982) <= 1e-5);
    // The value is I(X;Y) of the input found, computed again by the joint's own sum.
    CHECK(mutual_information(joint_of(c.input, z), base::bits).value == doctest::Approx(c.value).epsilon(1e-14));
    CHECK((c.output.mass() - output(z, c.input).mass()).abs().maxCoeff() <= 1e-16);
  }

  TEST_CASE("capacity: noiseless channel on 3 symbols, log 3; a useless channel, 0") {
    const capacity_result c = capacity(channel::noiseless(3));
    CHECK(relative_error(c.value, 1.0986122886681096914) <= 1e-15);  // 'noiseless(3) C nats' = log 3
    CHECK(c.iterations == 0);  // the uniform input is optimal from the start
    const capacity_result bits = capacity(channel::noiseless(3), base::bits);
    CHECK(relative_error(bits.value, 1.5849625007211561815) <= 1e-15);  // log2 3
    const capacity_result useless = capacity(channel{{0.3, 0.7}, {0.3, 0.7}});
    CHECK(std::abs(useless.value) <= 1e-16);
    CHECK(useless.value >= 0.0);
  }

  TEST_CASE("capacity: refuses an unreachable tolerance and reports a cap it cannot meet") {
    const channel z = channel::z(0.3);
    CHECK_THROWS_WITH_AS(capacity(z, base::bits, 1e-20), doctest::Contains("at least 1e-14"), invalid_input);
    CHECK_THROWS_AS(capacity(z, base::bits, std::nan("")), invalid_input);
    CHECK_THROWS_AS(capacity(z, base::bits, 1e-12, 0), invalid_input);
    CHECK_THROWS_WITH_AS(capacity(z, base::bits, 1e-12, 3), doctest::Contains("did not converge: after 3"), unresolved);
  }
}
