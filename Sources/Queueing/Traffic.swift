/// Contacts offered to one queue during one interval.
public struct Traffic: Sendable, Equatable {
  /// Arrival rate λ, contacts per second.
  public let arrivalsPerSecond: Double
  /// Mean handle time (talk, chat or work time plus wrap-up), seconds.
  public let handleSeconds: Double

  /// `volume` contacts arriving evenly over `intervalSeconds`, each needing `handleSeconds`.
  /// Requires volume ≥ 0, intervalSeconds > 0, handleSeconds > 0.
  public init(volume: Double, intervalSeconds: Double, handleSeconds: Double) {
    self.arrivalsPerSecond = volume / intervalSeconds
    self.handleSeconds = handleSeconds
  }

  public init(arrivalsPerSecond: Double, handleSeconds: Double) {
    self.arrivalsPerSecond = arrivalsPerSecond
    self.handleSeconds = handleSeconds
  }

  /// Offered load A = λ·AHT, in Erlangs (the mean number of busy agents with no waiting limit).
  public var offeredLoad: Double { arrivalsPerSecond * handleSeconds }
}
