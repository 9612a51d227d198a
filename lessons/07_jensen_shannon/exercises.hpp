/// \file
/// \brief Lesson 07 homework: the Jensen-Shannon divergence and distance.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// A distribution is a std::vector<double> of probabilities: non-empty, finite, non-negative, summing to 1
/// within 1e-9. Refuse anything else by throwing std::invalid_argument with a message that names the
/// problem (info::pmf does this for you: its exception derives from std::invalid_argument). Never
/// normalise silently. Conventions: 0·log 0 = 0; a term with P(x) > 0 and Q(x) = 0 makes KL(P‖Q) = +∞.
#pragma once

#include <vector>

namespace hw::lesson07 {

/// Return JS(P, Q) = ½ KL(P‖M) + ½ KL(Q‖M), with M = ½(P + Q), in bits.
/// Build M, then compute the two KL divergences and take their mean.
/// P and Q must be distributions on the same outcomes (the same length); refuse anything else.
/// Example: P = (0.5, 0.5), Q = (0.9, 0.1) gives 0.146793 bits.
double js_divergence_bits(const std::vector<double>& p, const std::vector<double>& q);

/// JS(P, Q) and KL(P‖Q) of one pair, in bits.
struct js_and_kl {
  double js;  ///< JS(P, Q)
  double kl;  ///< KL(P‖Q), possibly +∞
};

/// P is uniform on the n outcomes 0..n−1 and Q is uniform on the n outcomes n−k..2n−k−1, so that they
/// share exactly k outcomes. Return JS(P, Q) and KL(P‖Q) in bits.
/// Example: n = 2, k = 1 is P = (0.5, 0.5, 0), Q = (0, 0.5, 0.5): JS = ½ bit, KL = +∞.
/// Refuse n < 1, k < 0 and k > n.
js_and_kl uniform_overlap_bits(int n, int k);

/// How far two sides of a triangle exceed the third: negative means the triangle inequality fails.
struct triangle_gaps {
  double js;        ///< JS(A,B) + JS(B,C) − JS(A,C)
  double distance;  ///< √JS(A,B) + √JS(B,C) − √JS(A,C)
};

/// For A = (1, 0), B = (t, 1 − t) and C = (0, 1), return in nats (square roots of nats for the distance)
/// how much JS(A,B) + JS(B,C) exceeds JS(A,C), and the same for the JS distance √JS. Refuse t outside
/// [0, 1], and NaN.
/// Example: t = ½ gives 0.431523 − 0.693147 = −0.261624 (broken) and 0.929003 − 0.832555 = 0.096448 (holds).
triangle_gaps triangle_gaps_nats(double t);

/// JS(P, Q) beside an upper bound for it.
struct js_bound {
  double js;     ///< JS(P, Q)
  double bound;  ///< ¼ (KL(P‖Q) + KL(Q‖P)), possibly +∞
};

/// Return JS(P, Q) and ¼ (KL(P‖Q) + KL(Q‖P)), both in nats.
/// (JS never exceeds the bound: KL is convex in its second argument.)
/// Example: R = (0.42, 0.31, 0.27), S = (0.25, 0.5, 0.25) give 0.022341 ≤ 0.045140 nats.
/// Refuse P and Q that are not distributions on the same outcomes.
js_bound js_and_kl_bound_nats(const std::vector<double>& p, const std::vector<double>& q);

}  // namespace hw::lesson07
