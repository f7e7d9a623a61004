// ogre-napi runtime, OGRE part: private engine state a precondition must read (ogre-headers/
// preconditions.ts). An explicit instantiation may name a private member (the one place C++ allows
// it); each member here is read by one bound function only, so one translation unit includes this.
#pragma once

#include <OgreDistanceLodStrategy.h>

namespace rt::ogre {

/// Hands out the member pointer `M` through the friend function `get(Tag)`.
template <class Tag, typename Tag::type M>
struct PrivateMember {
  friend typename Tag::type get(Tag) { return M; }
};

struct ReferenceViewValue {
  using type = Ogre::Real Ogre::DistanceLodStrategyBase::*;
  friend type get(ReferenceViewValue);
};
template struct PrivateMember<ReferenceViewValue, &Ogre::DistanceLodStrategyBase::mReferenceViewValue>;

/// Whether setReferenceView() was called (OGRE asserts it before the reference view is enabled).
inline bool hasReferenceView(const Ogre::DistanceLodStrategyBase& s) { return s.*get(ReferenceViewValue()) != -1; }

}  // namespace rt::ogre
