/// Every benchmark, in the order printed.
enum Benchmarks {
  static var all: [Benchmark] { erlang + evaluation + requirements + planning + plan }
}
