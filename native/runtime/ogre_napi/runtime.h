// ogre-napi runtime: what generated glue uses to cross between JS and C++ (umbrella header).
//
// The generated JS wrapper classes do overload dispatch and argument checks; native functions get
// already-checked values, objects as Externals (the C++ pointer), and return Externals for objects.
#pragma once

#include "ogre_napi/buffers.h"
#include "ogre_napi/callback.h"
#include "ogre_napi/containers.h"
#include "ogre_napi/convert.h"
#include "ogre_napi/errors.h"
#include "ogre_napi/handles.h"
#include "ogre_napi/objects.h"
#include "ogre_napi/registers.h"
#include "ogre_napi/shared.h"
#include "ogre_napi/values.h"
