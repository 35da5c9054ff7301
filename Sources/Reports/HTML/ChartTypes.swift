/// A chart that renders itself as one self-contained `<svg>` element (inline in HTML, no
/// script, sized by its `viewBox` so it scales with the page).
public protocol SVGChart: Sendable {
  /// The chart's title, shown on top and as the SVG `<title>`.
  var title: String { get }
  /// The `<svg>` element as XHTML-compatible markup.
  func svg() -> String
}

/// An axis: its name, its unit (shown as "Name (unit)") and optionally fixed ticks.
public struct ChartAxis: Sendable, Equatable {
  /// What the axis measures: "Agents", "Day of week".
  public var name: String
  /// The unit: "agents", "agent-hours", "FTE", "USD/month", "UTC". Empty for a category axis
  /// such as roles, where the label is just the name.
  public var unit: String
  /// Fixed ticks; nil for nice 1-2-5 ticks covering the data.
  public var ticks: [AxisTick]?
  /// Fixed bounds; nil to cover the data (and zero).
  public var bounds: ClosedRange<Double>?

  public init(
    _ name: String, unit: String, ticks: [AxisTick]? = nil, bounds: ClosedRange<Double>? = nil
  ) {
    self.name = name
    self.unit = unit
    self.ticks = ticks
    self.bounds = bounds
  }

  /// "Name (unit)", or the name alone when the unit is empty.
  public var label: String { unit.isEmpty ? name : "\(name) (\(unit))" }

  /// A time axis in hours over whole days: a gridline at each midnight and each day's label
  /// centred in its day. x runs from 0 to 24 × `days.count` hours.
  public static func days(
    _ days: [String], name: String = "Day", unit: String = "hours from start, UTC"
  ) -> ChartAxis {
    var ticks: [AxisTick] = []
    for (index, day) in days.enumerated() {
      ticks.append(AxisTick(Double(index) * 24, label: "", gridline: true))
      ticks.append(AxisTick(Double(index) * 24 + 12, label: day, gridline: false))
    }
    ticks.append(AxisTick(Double(days.count) * 24, label: "", gridline: true))
    return ChartAxis(
      name, unit: unit, ticks: ticks, bounds: 0...Double(max(1, days.count) * 24))
  }

  /// A week Monday to Sunday on an hour axis (x = hours since Monday 00:00).
  public static func week(unit: String = "UTC") -> ChartAxis {
    days(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], name: "Day of week", unit: unit)
  }
}

/// One tick of a fixed axis. A tick without a label draws only a tick mark (and gridline); a
/// label without a gridline is placed between gridlines, as day names are.
public struct AxisTick: Sendable, Equatable {
  public var value: Double
  public var label: String
  public var gridline: Bool

  public init(_ value: Double, label: String, gridline: Bool = true) {
    self.value = value
    self.label = label
    self.gridline = gridline
  }
}

/// A point of a line series; a NaN `y` is a gap (the line is broken there).
public struct ChartPoint: Sendable, Equatable {
  public var x: Double
  public var y: Double

  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// A named series of points for a line chart.
public struct ChartSeries: Sendable, Equatable {
  public var name: String
  public var points: [ChartPoint]
  /// Fill the area between the line and zero (lightly, in the series colour).
  public var fillsArea: Bool

  public init(_ name: String, points: [ChartPoint], fillsArea: Bool = false) {
    self.name = name
    self.points = points
    self.fillsArea = fillsArea
  }

  /// Values at `start`, `start + step`, …: e.g. 672 quarter-hours of a week with `step` 0.25
  /// on an hour axis.
  public init(
    _ name: String, values: [Double], start: Double = 0, step: Double = 1, fillsArea: Bool = false
  ) {
    self.name = name
    self.points = values.enumerated().map { index, value in
      ChartPoint(x: start + Double(index) * step, y: value)
    }
    self.fillsArea = fillsArea
  }
}

/// A named list of values, one per category (bar charts, combination charts); NaN is missing.
public struct CategorySeries: Sendable, Equatable {
  public var name: String
  public var values: [Double]

  public init(_ name: String, values: [Double]) {
    self.name = name
    self.values = values
  }
}
