import Queueing

extension ErlangReport {
  /// Offered load, the formulas, each step of the search and the shrinkage rounding.
  public static func explanation(_ sizing: IntervalSizing) -> String {
    let request = sizing.request
    var lines = ["Explanation", ""]
    let rate = sizing.traffic.arrivalsPerSecond
    lines.append(
      "Arrival rate λ = \(NumberText.trimmed(request.volume)) contacts / "
        + "\(NumberText.trimmed(request.interval.seconds)) s = \(NumberText.trimmed(rate, decimals: 6)) per s")
    if let factor = sizing.concurrencyFactor {
      lines.append(
        "Effective handle time = AHT / f(c) = \(NumberText.trimmed(request.handleTime.seconds)) s / "
          + "\(NumberText.trimmed(factor)) = \(NumberText.trimmed(sizing.effectiveHandleSeconds)) s"
          + (request.concurrency.map { " (c = \($0) concurrent chats)" } ?? ""))
    }
    lines.append(
      "Offered load A = λ·AHT = \(NumberText.trimmed(rate, decimals: 6)) × "
        + "\(NumberText.trimmed(sizing.effectiveHandleSeconds)) s = "
        + "\(NumberText.fixed(sizing.offeredLoad, decimals: 4)) Erlangs")
    lines.append("")
    switch sizing.model {
    case .erlangC:
      lines += [
        "Model: Erlang C (M/M/N), no abandonment.",
        "  B_0 = 1, B_k = A·B_(k−1) / (k + A·B_(k−1))          Erlang B by recursion",
        "  C(N,A) = N·B_N / (N − A·(1 − B_N))                   probability of waiting",
        "  SL(t) = 1 − C·exp(−(N − A)·t / AHT)                  answered within t",
        "  ASA = C·AHT / (N − A);  occupancy = A / N;  requires N > A",
      ]
    case .erlangA:
      let patience = request.patience?.seconds ?? 0
      lines += [
        "Model: Erlang A (M/M/N+M), mean patience \(NumberText.trimmed(patience)) s "
          + "(θ = 1/\(NumberText.trimmed(patience)) per s).",
        "  x = N·patience/AHT, y = λ·patience, t_j = Π_{i≤j} y/(x+i), W = Σ t_j",
        "  P(wait) = W / ((1 − B_N)/B_N + W);  P(abandon) = P(wait)·Σ j·t_j / (y·W)",
        "  SL(t) = P(no wait) + P(answered after waiting within t), from the waiting-time",
        "  density π_N·Nμ·exp(y(1 − e^(−θw)) − Nμ·w)  (Garnett, Mandelbaum & Reiman 2002)",
        "  occupancy = A·(1 − P(abandon)) / N",
      ]
    }
    lines.append("")
    if let search = sizing.search {
      lines.append("Search: start at N = \(search.start.agents) (\(search.start.reason))")
      let steps = search.steps
      let shown: [Int] =
        steps.count <= 12 ? Array(steps.indices) : Array(0..<5) + Array((steps.count - 5)..<steps.count)
      var previous = -1
      for index in shown {
        if previous >= 0 && index != previous + 1 {
          lines.append("  … \(index - previous - 1) more steps")
        }
        previous = index
        let step = steps[index]
        let metrics = step.metrics
        var text =
          "  N = \(metrics.agents): SL \(NumberText.percent(metrics.serviceLevel)), "
          + "P(wait) \(NumberText.percent(metrics.waitProbability)), "
          + "ASA \(metrics.asa.map { NumberText.seconds($0) } ?? "unbounded"), "
          + "occupancy \(NumberText.percent(metrics.occupancy))"
        if let abandon = metrics.abandonProbability {
          text += ", abandon \(NumberText.percent(abandon))"
        }
        text +=
          step.misses.isEmpty
          ? " — meets every target"
          : " — " + search.targets.describe(step.misses).joined(separator: "; ")
        lines.append(text)
      }
      lines.append("Answer: N = \(sizing.agents), the smallest N that meets every target.")
    } else {
      lines.append("Evaluated the given N = \(sizing.agents) (no search).")
    }
    let shrinkage = request.shrinkage
    lines.append(
      "Scheduled = ⌈N / (1 − shrinkage)⌉ = ⌈\(sizing.agents) / (1 − \(shrinkage.fraction))⌉ = "
        + "\(sizing.scheduledAgents)  (exact decimal arithmetic)")
    return lines.joined(separator: "\n") + "\n"
  }
}
