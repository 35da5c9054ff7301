// Optimization: a sparse LP/MIP model, the CBC backend, MPS export and infeasibility diagnosis.
// Only this module imports CCbc; no C type appears in its public API.
