// Lesson 09: cross-entropy as a classification loss.
//
// A classifier outputs logits z, turns them into probabilities q = softmax(z), and is scored by the
// cross-entropy between the label y and q. With a one-hot label that loss is exactly KL(y‖q), because
// H(y) = 0; with soft labels it differs from KL by the constant H(y), so both have the same gradient.
// The gradient with respect to the logits is softmax(z) − y. A small softmax classifier, trained by
// gradient descent with Eigen on a seeded synthetic data set, shows all of it at work.
#include "kit/lesson.hpp"
#include "scatter.hpp"

#include <info/info.hpp>
#ifdef WORKBOOK_HAS_SYMBOLIC
#include <info/symbolic/derive.hpp>

#include <fmt/format.h>
#endif

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <numbers>
#include <random>
#include <string>
#include <vector>

namespace {

using Eigen::ArrayXXd;
using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;
using Eigen::VectorXi;

// ---------------------------------------------------------------------------------------------------
// The mathematics: softmax, the losses and their gradients, the data set and gradient descent.

// softmax(z)_k = e^{z_k} / Σ_j e^{z_j}, computed after subtracting max z: the ratio is unchanged and no
// exponential can overflow.
VectorXd softmax(const VectorXd& z) {
  const VectorXd e = (z.array() - z.maxCoeff()).exp();
  return e / e.sum();
}

// log softmax(z)_k = z_k − log Σ_j e^{z_j} (the log-sum-exp, again shifted by max z).
VectorXd log_softmax(const VectorXd& z) {
  const double m = z.maxCoeff();
  return z.array() - m - std::log((z.array() - m).exp().sum());
}

// The classification loss of one example, −Σ_k y_k log q_k with q = softmax(z), in nats.
double loss(const VectorXd& z, const VectorXd& y) { return -(y.array() * log_softmax(z).array()).sum(); }

// Central finite differences of f at z: (f(z + h e_k) − f(z − h e_k)) / 2h. The error is about
// h² f'''/6 from truncation plus ε|f|/h from rounding; h = 1e-5 balances them near 1e-11.
VectorXd finite_difference_gradient(const std::function<double(const VectorXd&)>& f, const VectorXd& z,
                                    double h = 1e-5) {
  VectorXd g(z.size());
  for (Index k = 0; k < z.size(); ++k) {
    VectorXd up = z, down = z;
    up[k] += h;
    down[k] -= h;
    g[k] = (f(up) - f(down)) / (2 * h);
  }
  return g;
}

// A labelled data set: N points in the plane (rows of x) and their classes 0, 1, 2.
struct dataset {
  MatrixXd x;
  VectorXi label;
};

// Three Gaussian clusters of `per_class` points each, centred at (−2, 0), (2, 0) and (0, 2.5) with
// standard deviation 1. The normal variates come from the Box-Muller transform applied to the raw bits
// of a seeded 64-bit Mersenne twister, whose output the C++ standard fixes: the same points on every
// compiler (std::normal_distribution is implementation-defined, so it is not used).
dataset make_dataset(int per_class, std::uint64_t seed) {
  std::mt19937_64 engine(seed);
  auto uniform01 = [&engine] { return (static_cast<double>(engine() >> 11) + 0.5) * 0x1.0p-53; };
  const double centre[3][2] = {{-2.0, 0.0}, {2.0, 0.0}, {0.0, 2.5}};
  dataset d{MatrixXd(3 * per_class, 2), VectorXi(3 * per_class)};
  for (int c = 0; c < 3; ++c)
    for (int i = 0; i < per_class; ++i) {
      const double r = std::sqrt(-2 * std::log(uniform01())), angle = 2 * std::numbers::pi * uniform01();
      const Index row = c * per_class + i;
      d.x(row, 0) = centre[c][0] + r * std::cos(angle);
      d.x(row, 1) = centre[c][1] + r * std::sin(angle);
      d.label[row] = c;
    }
  return d;
}

// One-hot targets: row i has 1 in column label[i]. With `smoothing` s the target is (1 − s) one-hot plus
// s/3 everywhere (label smoothing), a distribution with entropy H(y) > 0.
MatrixXd targets(const VectorXi& label, double smoothing = 0.0) {
  MatrixXd y = MatrixXd::Constant(label.size(), 3, smoothing / 3);
  for (Index i = 0; i < label.size(); ++i) y(i, label[i]) += 1 - smoothing;
  return y;
}

// The model: logits z = W x + b for 3 classes and 2 features; its 9 parameters are held in one vector
// θ = (W₀₀, W₀₁, W₁₀, W₁₁, W₂₀, W₂₁, b₀, b₁, b₂) so that every loss is a function of θ alone.
constexpr Index parameters = 9;

// The N×3 logits Z = X Wᵀ + 1 bᵀ.
MatrixXd logits(const VectorXd& theta, const MatrixXd& x) {
  const Eigen::Map<const Eigen::Matrix<double, 3, 2, Eigen::RowMajor>> w(theta.data());
  const Eigen::Map<const Eigen::Vector3d> b(theta.data() + 6);
  return (x * w.transpose()).rowwise() + b.transpose();
}

// Row-wise log softmax of the logits.
ArrayXXd log_probabilities(const MatrixXd& z) {
  const VectorXd m = z.rowwise().maxCoeff();
  const ArrayXXd shifted = z.colwise() - m;
  const VectorXd lse = shifted.exp().rowwise().sum().log();
  return shifted.colwise() - lse.array();
}

// Mean cross-entropy (1/N) Σ_i −Σ_k y_ik log q_ik: the training loss.
double mean_cross_entropy(const VectorXd& theta, const MatrixXd& x, const MatrixXd& y) {
  return -(y.array() * log_probabilities(logits(theta, x))).sum() / static_cast<double>(x.rows());
}

// Mean KL (1/N) Σ_i Σ_k y_ik log(y_ik / q_ik), from its own definition (0 log 0 = 0): a separate formula
// from the cross-entropy, not the cross-entropy minus an entropy.
double mean_kl(const VectorXd& theta, const MatrixXd& x, const MatrixXd& y) {
  const ArrayXXd logq = log_probabilities(logits(theta, x));
  const ArrayXXd ya = y.array();
  const ArrayXXd terms = (ya > 0).select(ya * (ya.log() - logq), 0.0);
  return terms.sum() / static_cast<double>(x.rows());
}

// The gradient of the mean cross-entropy in θ: the logits' gradient softmax(z_i) − y_i, carried back
// through z = W x + b: ∂L/∂W = (1/N) (Q − Y)ᵀ X and ∂L/∂b = (1/N) Σ_i (q_i − y_i).
VectorXd cross_entropy_gradient(const VectorXd& theta, const MatrixXd& x, const MatrixXd& y) {
  const MatrixXd residual = log_probabilities(logits(theta, x)).exp().matrix() - y;
  const double n = static_cast<double>(x.rows());
  const Eigen::Matrix<double, 3, 2, Eigen::RowMajor> gw = residual.transpose() * x / n;
  VectorXd g(parameters);
  g.head(6) = Eigen::Map<const VectorXd>(gw.data(), 6);
  g.tail(3) = residual.colwise().sum().transpose() / n;
  return g;
}

// The share of points whose largest logit is their own class.
double accuracy(const VectorXd& theta, const dataset& d) {
  const MatrixXd z = logits(theta, d.x);
  int right = 0;
  for (Index i = 0; i < z.rows(); ++i) {
    Index best = 0;
    z.row(i).maxCoeff(&best);
    right += best == d.label[i];
  }
  return static_cast<double>(right) / static_cast<double>(z.rows());
}

// Plain gradient descent θ ← θ − η ∇L(θ) from θ = 0, recording θ and the loss before each step and after
// the last.
struct descent {
  VectorXd theta;
  std::vector<double> losses;
  std::vector<VectorXd> path;
};

descent gradient_descent(const std::function<double(const VectorXd&)>& f,
                         const std::function<VectorXd(const VectorXd&)>& gradient, double rate, int steps) {
  descent run{VectorXd::Zero(parameters), {}, {}};
  for (int t = 0; t < steps; ++t) {
    run.losses.push_back(f(run.theta));
    run.path.push_back(run.theta);
    run.theta -= rate * gradient(run.theta);
  }
  run.losses.push_back(f(run.theta));
  run.path.push_back(run.theta);
  return run;
}

// The lesson's data set and training settings.
constexpr int per_class = 50;
constexpr std::uint64_t seed = 2024;
constexpr double rate = 0.1;
constexpr int steps = 200;

// ---------------------------------------------------------------------------------------------------
// The steps.

// Step 1: one-hot labels, softmax, and the loss as a KL divergence.
void one_hot_loss(kit::step& s) {
  const info::base u = s.base();
  const double per = info::log_of_base(u);  // nats per unit
  s.say(
      "A classifier with K classes outputs K real numbers z (the logits). Softmax turns them into "
      "probabilities q, and the label y is a distribution too: one-hot, all its mass on the true class.");
  s.formula("q_k = softmax(z)_k = e^(z_k) / Σ_j e^(z_j)");
  s.formula("loss(y, q) = −Σ_k y_k log q_k = H(y, q)");
  s.say("Three classes, true class 1, logits z = (0.5, 2.3, −0.4):");
  const VectorXd z{{0.5, 2.3, -0.4}};
  const VectorXd y{{0.0, 1.0, 0.0}};
  const VectorXd q = softmax(z);
  kit::table t{{"class k"}, {"y_k"}, {"z_k"}, {"q_k"}, {"−y_k log q_k", s.unit()}};
  for (Index k = 0; k < 3; ++k)
    t.row({std::to_string(k), y[k], z[k], q[k], y[k] > 0 ? -y[k] * std::log(q[k]) / per : 0.0});
  s.show(t);
  const double l = loss(z, y) / per;
  s.result("loss", l, s.unit());
  s.say(
      "Only the true class's term survives: the loss is the surprisal of the true class under the model, "
      "−log q_1. A one-hot y has entropy H(y) = −1·log 1 = 0, so by H(y, q) = H(y) + KL(y‖q) the loss is "
      "also the KL divergence from the label to the prediction. The library computes each from its own "
      "definition:");
  const info::pmf yp({0.0, 1.0, 0.0}, "y");
  const info::pmf qp(std::vector<double>(q.data(), q.data() + 3), "q");
  s.check(info::identity("H(y) = 0 for a one-hot y", info::entropy(yp, u), 0.0, 0.0));
  s.check(info::identity("loss = log Σ e^z − z_1 = KL(y‖q)", l, info::kl_divergence(yp, qp, u), 1e-15));
  s.check(info::identity("loss = H(y, q)", l, info::cross_entropy(yp, qp, u), 1e-15));
  s.check(info::identity("loss [mpmath, " + s.unit() + "]", l, info::from_nats(0.209048197688037885, u), 1e-15));
}

// Step 2: two classes, one probability.
void binary_case(kit::step& s) {
  const info::base u = s.base();
  const double per = info::log_of_base(u);
  s.say(
      "With two classes a model usually outputs one number, q = P(class 1), and the label is y ∈ {0, 1}. "
      "The cross-entropy of (y, 1−y) against (q, 1−q) is the binary cross-entropy:");
  s.formula("BCE(y, q) = −[y log q + (1 − y) log(1 − q)]");
  auto bce = [](double y, double q) { return -(y * std::log(q) + (1 - y) * std::log1p(-q)); };
  kit::table t{{"q = P(cat)"}, {"loss if cat (y = 1)", s.unit()}, {"loss if dog (y = 0)", s.unit()}};
  for (double q : {0.99, 0.9, 0.8, 0.5, 0.2, 0.1, 0.01}) t.row({q, bce(1, q) / per, bce(0, q) / per});
  s.show(t);
  s.say(
      "A confident right answer costs little, a confident wrong one costs a lot: the loss grows without "
      "bound as the probability of the truth goes to 0. The cat/dog models of lesson 03, with truth cat: "
      "model A says q = 0.8, model B says q = 0.2.");
  const info::pmf cat({1.0, 0.0}, "y");
  s.check(info::identity("BCE(1, 0.8) = H((1,0), (0.8,0.2))", bce(1, 0.8) / per,
                         info::cross_entropy(cat, info::pmf({0.8, 0.2}, "q"), u), 1e-15));
  s.check(info::identity("BCE(1, 0.8) = log₂(1/0.8) bits [in " + s.unit() + "]", bce(1, 0.8) / per, info::from_nats(0.321928094887362348 *
                                                                                                std::numbers::ln2, u),
                         1e-15));
  s.check(info::identity("BCE(1, 0.2) = log₂(1/0.2) bits [in " + s.unit() + "]", bce(1, 0.2) / per,
                         info::from_nats(2.32192809488736235 * std::numbers::ln2, u), 1e-14));
  s.say(
      "The probability usually comes from a single logit through the logistic sigmoid, q = σ(z) = "
      "1/(1 + e^(−z)), which is the two-class softmax of the logits (z, 0). Then the loss for y = 1 is "
      "log(1 + e^(−z)), the form libraries use because it never takes the log of a rounded 0.");
  const double z = std::log(4.0);  // σ(ln 4) = 0.8
  const double sigma = 1 / (1 + std::exp(-z));
  s.check(info::identity("σ(z) = softmax((z, 0))₀ at z = ln 4", sigma, softmax(VectorXd{{z, 0.0}})[0], 1e-15));
  s.check(info::identity("BCE(1, σ(z)) = log(1 + e^(−z)) at z = ln 4", bce(1, sigma) / per,
                         std::log1p(std::exp(-z)) / per, 1e-15));
}

// The same gradient derived by the symbolic layer, when it is built: it differentiates
// L(z) = −Σ yᵢ log softmax(z)ᵢ for three classes (z₁, z₂, z₃ are the classes 0, 1, 2 here) and simplifies
// each entry with Σ yᵢ = 1 to softmax(z)ⱼ − yⱼ. Each entry, evaluated at the lesson's z and y, is checked
// against the central finite difference: a derivation that lost a term would miss it by far more than 1e-9.
// Its lines start with "exact:" (kit::step::exact): a build without the layer prints none of them.
void symbolic_gradient(kit::step& s, const VectorXd& z, const VectorXd& y, const VectorXd& numeric) {
#ifdef WORKBOOK_HAS_SYMBOLIC
  const info::symbolic::derivation d = info::symbolic::softmax_gradient(3);
  info::symbolic::point at;  // the layer's parameters are z₁, z₂, z₃, then y₁, y₂, y₃
  for (Index k = 0; k < 3; ++k) {
    at[d.p_parameters[static_cast<std::size_t>(k)]] = z[k];
    at[d.p_parameters[static_cast<std::size_t>(k + 3)]] = y[k];
  }
  const std::vector<info::symbolic::expr> entries = d.result().entries();
  for (Index k = 0; k < 3; ++k) {
    const info::symbolic::expr& e = entries[static_cast<std::size_t>(k)];
    const double v = e.value(at);
    s.exact(fmt::format("∂L/∂{} = {} = {} (class {}; finite difference {})", d.p_parameters[static_cast<std::size_t>(k)],
                        e.text(), kit::number(v), k, kit::number(numeric[k])),
            std::abs(v - numeric[k]) <= 1e-9);
  }
#else
  (void)s, (void)z, (void)y, (void)numeric;  // no symbolic layer in this build: nothing to add
#endif
}

// Step 3: the gradient with respect to the logits.
void logit_gradient(kit::step& s) {
  s.say(
      "Training moves the logits downhill, so it needs the loss's gradient. Write the loss with the "
      "log-sum-exp: since Σ_k y_k = 1,");
  s.formula("loss(z) = −Σ_k y_k (z_k − log Σ_j e^(z_j)) = log Σ_j e^(z_j) − Σ_k y_k z_k");
  s.formula("∂loss/∂z_k = e^(z_k) / Σ_j e^(z_j) − y_k = softmax(z)_k − y_k");
  s.say(
      "Prediction minus truth: each logit is pushed down in proportion to the probability it wrongly "
      "holds, and the true class's logit up by the probability it is missing. Check it against central "
      "finite differences of the loss (h = 1e-5), in nats:");
  const VectorXd z{{0.5, 2.3, -0.4}};
  const VectorXd y{{0.0, 1.0, 0.0}};
  const VectorXd analytic = softmax(z) - y;
  const VectorXd numeric = finite_difference_gradient([&y](const VectorXd& v) { return loss(v, y); }, z);
  kit::table t{{"k"}, {"softmax(z)_k − y_k", "nats"}, {"finite difference", "nats"},
               {"difference", "nats", kit::sci(1)}};
  for (Index k = 0; k < 3; ++k) t.row({std::to_string(k), analytic[k], numeric[k], analytic[k] - numeric[k]});
  s.show(t);
  s.check(info::identity("max |softmax(z) − y − finite difference|", (analytic - numeric).cwiseAbs().maxCoeff(), 0.0,
                         1e-9));
  s.check(info::identity("Σ_k ∂loss/∂z_k = Σ q − Σ y = 0", analytic.sum(), 0.0, 1e-15));
  symbolic_gradient(s, z, y, numeric);
  s.say(
      "The gradient sums to zero: adding the same constant to every logit leaves softmax, and so the "
      "loss, unchanged.");
}

// Step 4: the data set.
void the_data(kit::step& s) {
  const dataset d = make_dataset(per_class, seed);
  s.say(
      "A small problem to train on: 150 points in the plane, 50 from each of three classes, drawn "
      "around the centres (−2, 0), (2, 0) and (0, 2.5) with standard deviation 1 (seed " +
      std::to_string(seed) + ", so every run draws the same points). The clusters overlap a little, "
      "so no classifier is perfect.");
  s.show(lesson09::scatter(d.x, d.label, std::min(60, static_cast<int>(kit::page_width()) - 12)));
  kit::table t{{"class"}, {"points"}, {"mean x₁"}, {"mean x₂"}};
  for (int c = 0; c < 3; ++c) {
    const auto rows = d.x.middleRows(c * per_class, per_class);
    t.row({std::to_string(c), per_class, rows.col(0).mean(), rows.col(1).mean()});
  }
  s.show(t);
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (Index i = 0; i < d.x.rows(); ++i) rows.push_back({d.x(i, 0), d.x(i, 1), static_cast<double>(d.label[i])});
    s.data_file("09_dataset.csv", {"x1", "x2", "class"}, rows);
  }
}

// Step 5: training by gradient descent.
void training(kit::step& s) {
  const dataset d = make_dataset(per_class, seed);
  const MatrixXd y = targets(d.label);
  s.say(
      "The model is linear in the features, followed by softmax: z = W x + b with a 3×2 matrix W and a "
      "bias b, 9 parameters θ in all. The loss is the mean cross-entropy over the N = 150 points, and its "
      "gradient is the logit gradient of step 3 carried back through z = W x + b:");
  s.formula("L(θ) = (1/N) Σ_i −log q_{y_i}(x_i),   q(x) = softmax(W x + b)");
  s.formula("∂L/∂W = (1/N) Σ_i (q(x_i) − y_i) x_iᵀ,   ∂L/∂b = (1/N) Σ_i (q(x_i) − y_i)");
  s.formula("θ ← θ − η ∇L(θ),   η = " + kit::number(rate, kit::fixed(1)) + ", starting from θ = 0, " + std::to_string(steps) + " steps");
  auto f = [&](const VectorXd& t) { return mean_cross_entropy(t, d.x, y); };
  auto g = [&](const VectorXd& t) { return cross_entropy_gradient(t, d.x, y); };

  // The gradient in θ by the formula against finite differences, at a point away from 0.
  const VectorXd probe = VectorXd::LinSpaced(parameters, -0.4, 0.4);
  s.check(info::identity("∇L(θ) by the formula = by finite differences (max deviation)",
                         (g(probe) - finite_difference_gradient(f, probe)).cwiseAbs().maxCoeff(), 0.0, 1e-9));

  const descent run = gradient_descent(f, g, rate, steps);
  // At θ = 0 all logits are 0, softmax gives ⅓ to each class, and every point costs −log ⅓ = log 3.
  s.predict("Before the first step, at θ = 0, what is the loss?",
            "log 3 = " + kit::quantity(run.losses.front(), "nats") + ": every logit is 0, so the model says ⅓ for "
            "every class, and each point costs −log ⅓ whatever its label.");
  kit::table t{{"step"}, {"loss L(θ)", "nats"}, {"accuracy"}};
  for (int k : {0, 1, 2, 5, 10, 20, 50, 100, 200}) t.row({k, run.losses[k], accuracy(run.path[k], d)});
  s.show(t);
  std::vector<double> x(run.losses.size());
  for (std::size_t k = 0; k < x.size(); ++k) x[k] = static_cast<double>(k);
  s.show(kit::curves(x, {{"training loss (nats)", run.losses}}, {.x_label = "step", .y_label = "loss"}));
  if (s.writing_data()) {
    std::vector<std::vector<double>> rows;
    for (std::size_t k = 0; k < run.losses.size(); ++k) rows.push_back({static_cast<double>(k), run.losses[k]});
    s.data_file("09_loss_curve.csv", {"step", "loss"}, rows);
  }
  s.say(
      "At θ = 0 every logit is 0 and the model says ⅓ for every class, so the loss starts at log 3. "
      "Each step lowers it; it levels off because the clusters overlap.");
  double worst_rise = -1;
  for (std::size_t k = 1; k < run.losses.size(); ++k) worst_rise = std::max(worst_rise, run.losses[k] - run.losses[k - 1]);
  s.check(info::identity("L(0) = log 3", run.losses.front(), std::log(3.0), 1e-15));
  s.check(info::at_most("largest rise of the loss from one step to the next", worst_rise, 0.0));
  s.check(info::at_least("accuracy after 200 steps", accuracy(run.theta, d), 0.9));

  // The library's KL, point by point, equals the training loss: the one-hot labels have H(y) = 0.
  const MatrixXd q = log_probabilities(logits(run.theta, d.x)).exp().matrix();
  double kl = 0;
  for (Index i = 0; i < q.rows(); ++i) {
    const info::pmf yi(std::vector<double>{y(i, 0), y(i, 1), y(i, 2)}, "y");
    const info::pmf qi(std::vector<double>{q(i, 0), q(i, 1), q(i, 2)}, "q");
    kl += info::kl_divergence(yi, qi);
  }
  s.check(info::identity("final L(θ) = (1/N) Σ_i KL(y_i‖q_i) (library)", run.losses.back(),
                         kl / static_cast<double>(q.rows()), 1e-14));
}

// Step 6: minimising cross-entropy and minimising KL are the same thing.
void same_minimiser(kit::step& s) {
  const dataset d = make_dataset(per_class, seed);
  s.say(
      "With one-hot labels the cross-entropy and the KL are equal, so there is nothing to compare. Soft "
      "labels make it interesting: label smoothing trains against y = 0.9 on the true class and 0.05 on "
      "each other one, a distribution with entropy H(y) > 0. Now the two losses differ:");
  const MatrixXd y = targets(d.label, 0.15);  // 0.85 + 0.05 = 0.9 on the true class, 0.05 elsewhere
  s.formula("CE(θ) = (1/N) Σ_i H(y_i, q_i) = (1/N) Σ_i H(y_i) + (1/N) Σ_i KL(y_i‖q_i) = H(y) + KL(θ)");
  s.say(
      "H(y) does not depend on θ, so ∇CE = ∇KL: gradient descent on either takes exactly the same steps. "
      "To see it without assuming it, descend each loss with its own finite-difference gradient (h = 1e-5), "
      "the cross-entropy summed as −Σ y log q and the KL as Σ y log(y/q):");
  auto ce = [&](const VectorXd& t) { return mean_cross_entropy(t, d.x, y); };
  auto kl = [&](const VectorXd& t) { return mean_kl(t, d.x, y); };
  auto ce_gradient = [&](const VectorXd& t) { return finite_difference_gradient(ce, t); };
  auto kl_gradient = [&](const VectorXd& t) { return finite_difference_gradient(kl, t); };
  constexpr int soft_steps = 100;
  const descent by_ce = gradient_descent(ce, ce_gradient, rate, soft_steps);
  const descent by_kl = gradient_descent(kl, kl_gradient, rate, soft_steps);

  // CE − KL = H(y), the entropy of one smoothed label: the same for every label, and independent of θ.
  s.predict("By how much will the cross-entropy and the KL differ along the descent?",
            "By H(y) = H(0.9, 0.05, 0.05) = " + kit::quantity(info::entropy(info::pmf({0.9, 0.05, 0.05}, "y")), "nats") +
                " at every step, the entropy of the smoothed label. It is also the cross-entropy's floor, where "
                "the KL's is 0.");
  // Compare the two descents along the way: the losses, and how far apart their parameters are.
  kit::table t{{"step"}, {"CE(θ_CE)", "nats"}, {"KL(θ_KL)", "nats"}, {"CE − KL", "nats"},
               {"max |θ_CE − θ_KL|", "", kit::sci(1)}};
  for (int k : {0, 1, 10, 50, 100})
    t.row({k, by_ce.losses[k], by_kl.losses[k], by_ce.losses[k] - by_kl.losses[k],
           (by_ce.path[k] - by_kl.path[k]).cwiseAbs().maxCoeff()});
  s.show(t);
  kit::table p{{"parameter"}, {"θ_CE"}, {"θ_KL"}};
  const char* names[parameters] = {"W₀₀", "W₀₁", "W₁₀", "W₁₁", "W₂₀", "W₂₁", "b₀", "b₁", "b₂"};
  for (Index k = 0; k < parameters; ++k) p.row({names[k], by_ce.theta[k], by_kl.theta[k]});
  s.show(p);

  // H(y) of one smoothed label, by the library; every label has the same entropy.
  const double h = info::entropy(info::pmf({0.9, 0.05, 0.05}, "y"));
  s.check(info::identity("CE − KL = H(y) = H(0.9, 0.05, 0.05) at the end", by_ce.losses.back() - by_kl.losses.back(),
                         h, 1e-12));
  s.check(info::identity("H(0.9, 0.05, 0.05) [mpmath, nats]", h, 0.394397691447442770, 1e-15));
  s.check(info::identity("max |θ_CE − θ_KL| after 100 steps", (by_ce.theta - by_kl.theta).cwiseAbs().maxCoeff(), 0.0,
                         1e-7),
          kit::sci(1));
  s.check(info::identity("∇KL by finite differences = (Q − Y)ᵀX/N formula at θ_KL (max deviation)",
                         (kl_gradient(by_kl.theta) - cross_entropy_gradient(by_kl.theta, d.x, y)).cwiseAbs().maxCoeff(),
                         0.0, 1e-9),
          kit::sci(1));
  s.say(
      "The two runs end at the same parameters (up to finite-difference rounding), and the losses differ "
      "by the constant H(y) = 0.394398 nats all the way. That constant is also the floor: the cross-entropy "
      "can never go below H(y), reached only if q = y, while the KL's floor is 0. This is why libraries "
      "call the loss cross-entropy and the theory calls it KL: they train the same model.");
}

}  // namespace

int main(int argc, char** argv) {
  kit::lesson lesson{"09_classification_loss", "Cross-entropy as a classification loss",
                     "Softmax, one-hot labels and the loss −Σ y log q = KL(y‖q); its gradient softmax(z) − y; a "
                     "small classifier trained with it; and why minimising cross-entropy and KL is the same."};
  lesson.default_base(info::base::nats);
  lesson.step("One-hot labels: the loss is a KL divergence", one_hot_loss);
  lesson.step("Two classes: binary cross-entropy", binary_case);
  lesson.step("The gradient with respect to the logits: softmax(z) − y", logit_gradient);
  lesson.step("A synthetic data set: three classes in the plane", the_data);
  lesson.step("Training a softmax classifier by gradient descent", training);
  lesson.step("Minimising cross-entropy = minimising KL", same_minimiser);
  return lesson.run(argc, argv);
}
