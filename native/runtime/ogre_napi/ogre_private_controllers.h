// ogre-napi runtime, OGRE part: a linear controller function's keys (private state, read through an
// explicit instantiation as in ogre_private.h). Only LinearControllerFunction.calculate includes it.
#pragma once

#include <OgrePredefinedControllers.h>

#include <cmath>
#include <vector>

#include "ogre_napi/ogre_private.h"

namespace rt::ogre {

struct LinearKeys {
  using type = std::vector<Ogre::Real> Ogre::LinearControllerFunction::*;
  friend type get(LinearKeys);
};
template struct PrivateMember<LinearKeys, &Ogre::LinearControllerFunction::mKeys>;

/// The delta mode and running count of a controller function (protected state).
struct LinearFunctionAccess : Ogre::LinearControllerFunction {
  /// Whether calculate(source) finds keys on both sides of its input: OGRE reads the key before
  /// the first one that is not below the input, and asserts there is such a one.
  static bool bracketed(const Ogre::LinearControllerFunction& f, Ogre::Real source) {
    const std::vector<Ogre::Real>& keys = f.*get(LinearKeys());
    double t = source;
    if (f.*(&LinearFunctionAccess::mDeltaInput)) t = std::fmod(static_cast<double>(f.*(&LinearFunctionAccess::mDeltaCount)) + source, 1.0);
    return std::isfinite(t) && keys.size() >= 2 && keys.front() < t && t <= keys.back();
  }
};

}  // namespace rt::ogre
