#include "ltw/sample.hpp"
