/// \file
/// \brief Lesson 01 homework: surprisal and units.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// Refuse input that makes no sense by throwing std::invalid_argument with a message that names the
/// problem (the info library's exceptions derive from it). Units are info::base: bits, nats or bans.
#pragma once

#include <info/units.hpp>

#include <vector>

namespace hw::lesson01 {

/// Return S = −log₂ p, the surprisal of an event of probability p.
/// An impossible event (p = 0) is infinitely surprising: return +∞. Refuse p outside [0, 1] and NaN.
/// Example: rolling a six with a fair die, p = 1/6, gives 2.584963 bits.
double surprisal_bits(double p);

/// Return the probability of an event whose surprisal is
/// `bits` bits. A surprisal of +∞ belongs to an impossible event. Refuse negative surprisals and NaN.
/// Example: 5 bits gives 1/32.
double probability_from_surprisal_bits(double bits);

/// Convert an amount of information from the unit `from` to the unit `to`
/// (1 nat = 1/ln 2 bits, 1 ban = log₂ 10 bits). Infinities stay infinite; refuse NaN.
/// Example: 3 nats are 4.328085 bits.
double convert(double amount, info::base from, info::base to);

/// Return the surprisal in bits of several independent events all happening,
/// given their probabilities. No events: no surprise (0). Any impossible event: +∞.
/// It must work for thousands of rare events, whose joint probability is far below the smallest double.
/// Refuse probabilities outside [0, 1] and NaN.
/// Example: an ace twice from a shuffled deck, with replacement, (4/52, 4/52), gives 7.400879 bits.
double joint_surprisal_bits(const std::vector<double>& probabilities);

}  // namespace hw::lesson01
