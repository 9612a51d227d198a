/// \file
/// \brief Lesson 11 homework: closed forms, derived and exact.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// Results are in nats. Refuse input that makes no sense by throwing std::invalid_argument with a message
/// that names the problem (the info library's exceptions derive from it). These exercises need the
/// symbolic layer (WORKBOOK_SYMBOLIC, on when GiNaC is installed: `./workbook setup`).
#pragma once

#include <info/symbolic/exact.hpp>

namespace hw::lesson11 {

/// Write log p(k) − log q(k) for P = poisson(λ_P) and Q = poisson(λ_Q), notice that log k! cancels, take the
/// expectation under P (the only moment you need is E_P[k] = λ_P) and return the closed form of KL(P‖Q) in
/// nats. Refuse rates that are not positive and finite.
/// Example: KL(poisson(4)‖poisson(2)) = 4 log 2 − 2 = 0.772589 nats.
double poisson_kl_nats(double lambda_p, double lambda_q);

/// P = geometric(p) counts the failures before the first success: P(k) = p(1 − p)^k for k = 0, 1, 2, ...
/// Derive KL(geometric(p)‖geometric(q)) from E_P[k] = (1 − p)/p and return it. Refuse p and q outside (0, 1).
/// Example: KL(geometric(1/2)‖geometric(1/4)) = log 2 + log(2/3) = log(4/3) = 0.287682 nats.
double geometric_kl_nats(double p, double q);

/// For P with exact rational masses (info::symbolic::read_exact gives one: "1/2,1/4,1/4"), return
/// H(P) = −Σ p log p in nats as an exact expression, built from the masses with info::symbolic::log (which
/// splits log(12/25) into 2 log 2 + log 3 − 2 log 5) and the expression's + − ·. Outcomes with p = 0 add
/// nothing (0 log 0 = 0).
/// Example: H(1/2, 1/4, 1/4) = 3/2·log(2) nats, which is 3/2 bits exactly.
info::symbolic::expr exact_entropy(const info::symbolic::exact_pmf& p);

/// The three sides of the chain rule, each computed from its own definition.
struct chain_rule_sides {
  info::symbolic::expr cross_entropy;  ///< H(P,Q) = −Σ p log q
  info::symbolic::expr entropy;        ///< H(P)   = −Σ p log p
  info::symbolic::expr kl;             ///< KL(P‖Q) = Σ p log(p/q)
};

/// Return the three sides of the chain rule H(P,Q) = H(P) + KL(P‖Q) in nats, exactly: compute each term by
/// term from its own definition (never one side from the other two), for P and Q of the same length with
/// exact masses. The check then proves the identity with no rounding at all: H(P,Q) − H(P) − KL(P‖Q)
/// simplifies to exactly 0. Refuse P and Q of different lengths, and a Q with q = 0 where p > 0 (the
/// cross-entropy and KL are +∞ there; not asked here).
/// Example: P = (1/2, 1/4, 1/4), Q = (1/4, 1/2, 1/4): H(P,Q) = 7/4·log(2), H(P) = 3/2·log(2),
/// KL = 1/4·log(2).
chain_rule_sides chain_rule_exactly(const info::symbolic::exact_pmf& p, const info::symbolic::exact_pmf& q);

}  // namespace hw::lesson11
