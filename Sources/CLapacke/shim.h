// LAPACKE from Debian's liblapacke-dev (OpenBLAS provides the LAPACK/BLAS underneath).
#ifndef STAFFPLAN_CLAPACKE_SHIM_H
#define STAFFPLAN_CLAPACKE_SHIM_H
#include <lapacke.h>
// lapack_int is a macro, which Swift cannot import; give it a typedef Swift can see.
typedef lapack_int clapack_int;
#endif
