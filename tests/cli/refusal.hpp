/// \file refusal.hpp
/// \brief What every refusal of the calculator looks like, checked in one place.
#pragma once

#include "run.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace cli {

/// A clean refusal: not a hang, exit 2, nothing on stdout, exactly one line on stderr, "infocalc: ...".
inline void check_refused(const outcome& o) {
  INFO(o.command << "\nstdout: " << o.out << "\nstderr: " << o.err);
  CHECK_FALSE(o.timed_out);
  CHECK(o.status == 2);
  CHECK(o.out.empty());
  CHECK(std::count(o.err.begin(), o.err.end(), '\n') == 1);
  CHECK(o.err.rfind("infocalc: ", 0) == 0);
  CHECK((!o.err.empty() && o.err.back() == '\n'));
}

}  // namespace cli
