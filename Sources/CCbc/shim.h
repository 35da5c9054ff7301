// COIN-OR CBC's C interface from Debian's coinor-libcbc-dev (headers under coin/ on Debian,
// coin-or/ on other distributions).
#ifndef STAFFPLAN_CCBC_SHIM_H
#define STAFFPLAN_CCBC_SHIM_H
#if __has_include(<coin/Cbc_C_Interface.h>)
#include <coin/Cbc_C_Interface.h>
#elif __has_include(<coin-or/Cbc_C_Interface.h>)
#include <coin-or/Cbc_C_Interface.h>
#else
#error "Cbc_C_Interface.h not found: install coinor-libcbc-dev"
#endif
#endif
