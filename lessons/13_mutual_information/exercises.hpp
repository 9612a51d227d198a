/// \file
/// \brief Lesson 13 homework: mutual information, conditional entropy and channel capacity.
///
/// Write your answers in exercises.cpp. The exercises, their tasks and hints are listed in homework.json;
/// `./workbook homework` checks your answers and shows the next exercise.
///
/// A table is a joint pmf P(x, y) with X the row and Y the column: table[x][y]. A channel is a matrix W with
/// W[x][y] = the probability of output y given input x. Results are in bits. Refuse input that makes no sense
/// by throwing std::invalid_argument with a message that names the problem (the info library's exceptions
/// derive from it).
#pragma once

#include <vector>

namespace hw::lesson13 {

/// I(X;Y) = Σ P(x,y) log₂ [P(x,y) / (P_X(x) P_Y(y))] in bits, over the cells with P(x,y) > 0. Refuse an empty or
/// ragged table, an entry that is negative or not finite, and a table whose sum is further than 1e-9 from 1.
/// Example: {{0.3, 0.2}, {0.1, 0.4}} gives 0.124511 bits.
double mutual_information_bits(const std::vector<std::vector<double>>& table);

/// H(Y|X) = −Σ P(x,y) log₂ [P(x,y) / P_X(x)] in bits, over the cells with P(x,y) > 0. Refuse as
/// mutual_information_bits does. Example: {{0.3, 0.2}, {0.1, 0.4}} gives 0.846439 bits.
double conditional_entropy_bits(const std::vector<std::vector<double>>& table);

/// The capacity C = max over input distributions of I(X;Y), in bits, of the channel W (row x: the output's
/// distribution given input x), to within 1e-10 bits, by the Blahut–Arimoto algorithm. Refuse an empty or ragged
/// W, an entry outside [0, 1] or not finite, and a row whose sum is further than 1e-9 from 1.
/// Example: {{0.89, 0.11}, {0.11, 0.89}} (the binary symmetric channel, crossover 0.11) gives 0.500084 bits.
double channel_capacity_bits(const std::vector<std::vector<double>>& w);

}  // namespace hw::lesson13
