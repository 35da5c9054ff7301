// libyaml from Debian's libyaml-dev.
#ifndef STAFFPLAN_CYAML_SHIM_H
#define STAFFPLAN_CYAML_SHIM_H
#include <yaml.h>
#endif
