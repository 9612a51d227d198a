/// \file info.hpp
/// \brief The whole `info` library: include this one header.
#pragma once

#include "info/check.hpp"
#include "info/closed_forms.hpp"
#include "info/codes.hpp"
#include "info/continuous_measures.hpp"
#include "info/density.hpp"
#include "info/discrete_families.hpp"
#include "info/discrete_measures.hpp"
#include "info/divergences.hpp"
#include "info/error.hpp"
#include "info/estimation.hpp"
#include "info/joint.hpp"
#include "info/mvnormal.hpp"
#include "info/pmf.hpp"
#include "info/result.hpp"
#include "info/spec.hpp"
#include "info/units.hpp"
