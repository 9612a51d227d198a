#include "json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <utility>

namespace infocalc {
namespace {

// ordered_json keeps the members in the order they are set: the documented order, not alphabetical.
using object = nlohmann::ordered_json;

object number(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return v + 0.0;  // a negative zero is written as 0.0, not -0.0
}

}  // namespace

std::string to_json(const answer& a) {
  object j;
  j["quantity"] = std::string{a.what};
  j["P"] = a.p;
  j["Q"] = a.q ? object(*a.q) : object(nullptr);
  // A measure without a unit (TV, Hellinger, chi-squared) has no base either: both do not apply.
  j["base"] = a.unitless ? object(nullptr) : object(std::string{base_spelling(a.unit)});
  j["unit"] = a.unitless ? object(nullptr) : object(unit_of(a));
  j["value"] = number(a.value.value);
  j["method"] = a.value.key;
  j["error_estimate"] = a.value.error ? number(*a.value.error) : object(nullptr);
  j["evaluations"] = a.value.evaluations ? object(*a.value.evaluations) : object(nullptr);
  if (a.capacity) {
    j["iterations"] = a.capacity->iterations;
    object input = object::array();
    for (const double v : a.capacity->input) input.push_back(number(v));
    j["input"] = std::move(input);
  }
  if (a.exact) {
    j["exact"] = a.exact->value.ascii;
    j["exact_latex"] = a.exact->value.latex;
    j["exact_bits"] = a.exact->value.bits_ascii;
    j["exact_agrees"] = a.exact->check.holds();
  }
  if (a.window) j["window"] = object::array({a.window->first, a.window->last});
  if (a.terms) {
    object rows = object::array();
    for (const auto& row : *a.terms)
      rows.push_back({{"x", row.outcome}, {"p", number(row.p)}, {"q", a.q ? number(row.q) : object(nullptr)},
                      {"term", number(row.term)}});
    j["terms"] = std::move(rows);
  }
  // The strings come from elsewhere (P and Q are the library's descriptions of the user's specs, written
  // from the numbers it read). Should one ever carry bytes of the user's text that are not UTF-8, dump()
  // would by default throw, an internal error with exit 1; a replacement character keeps the answer.
  return j.dump(-1, ' ', false, object::error_handler_t::replace) + "\n";
}

std::string to_json(const derived& d) {
  object j;
  j["quantity"] = std::string{d.what};
  j["family"] = d.family;
  j["title"] = d.title;
  j["latex_title"] = d.latex_title;
  object steps = object::array();
  for (const auto& s : d.steps)
    steps.push_back({{"rule", s.rule}, {"identity", s.identity}, {"text", s.text}, {"ascii", s.ascii}, {"latex", s.latex}});
  j["steps"] = std::move(steps);
  const derived_step& last = d.steps.back();
  j["result"] = {{"text", last.text}, {"ascii", last.ascii}, {"latex", last.latex}};
  j["p_parameters"] = d.p_parameters;
  j["q_parameters"] = d.q_parameters;
  return j.dump(-1, ' ', false, object::error_handler_t::replace) + "\n";
}

}  // namespace infocalc
