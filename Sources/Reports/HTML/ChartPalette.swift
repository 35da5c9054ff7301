/// Colours and dash patterns for charts. Series colours are the Okabe–Ito palette, safe for
/// the common colour-vision deficiencies (Okabe & Ito, "Color Universal Design", 2008), ordered
/// so neighbouring series also differ in lightness; dash patterns tell lines apart in grayscale.
public enum ChartPalette {
  /// Okabe–Ito colours: blue, orange, bluish green, reddish purple, sky blue, vermillion,
  /// black, yellow.
  public static let series: [String] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442",
  ]

  /// SVG `stroke-dasharray` values, the first solid.
  public static let dashes: [String] = ["", "7 4", "2 3", "10 3 2 3", "4 2", "12 3 2 3 2 3"]

  /// The colour of series `index` (cycling).
  public static func colour(_ index: Int) -> String {
    series[((index % series.count) + series.count) % series.count]
  }

  /// The dash pattern of series `index`: colour and dash cycle at different lengths, so the
  /// first 24 series differ in at least one of them.
  public static func dash(_ index: Int) -> String {
    dashes[((index % dashes.count) + dashes.count) % dashes.count]
  }

  /// The neutral colour of a diverging scale (value 0).
  public static let neutral = "#F7F7F7"

  /// Stops from neutral to the most negative colour (ColorBrewer PuOr, orange side; Brewer,
  /// colorbrewer2.org, marked colour-blind safe).
  static let negativeStops: [RGB] = [
    RGB(0xF7, 0xF7, 0xF7), RGB(0xFE, 0xE0, 0xB6), RGB(0xFD, 0xB8, 0x63), RGB(0xE0, 0x82, 0x14),
    RGB(0xB3, 0x58, 0x06),
  ]
  /// Stops from neutral to the most positive colour (PuOr, purple side).
  static let positiveStops: [RGB] = [
    RGB(0xF7, 0xF7, 0xF7), RGB(0xD8, 0xDA, 0xEB), RGB(0xB2, 0xAB, 0xD2), RGB(0x80, 0x73, 0xAC),
    RGB(0x54, 0x27, 0x88),
  ]

  /// The diverging colour of `value` on a scale symmetric about zero: 0 → ``neutral``,
  /// `-limit` or below → dark orange, `+limit` or above → dark purple, linear between stops.
  /// A non-finite value or limit ≤ 0 gives ``neutral``.
  public static func diverging(_ value: Double, limit: Double) -> String {
    divergingRGB(value, limit: limit).hex
  }

  /// Whether text on the diverging colour of `value` should be white for contrast.
  static func needsLightText(_ value: Double, limit: Double) -> Bool {
    divergingRGB(value, limit: limit).luminance < 0.45
  }

  static func divergingRGB(_ value: Double, limit: Double) -> RGB {
    guard value.isFinite, limit.isFinite, limit > 0, value != 0 else { return negativeStops[0] }
    let stops = value < 0 ? negativeStops : positiveStops
    let t = min(abs(value) / limit, 1) * Double(stops.count - 1)
    let index = min(Int(t), stops.count - 2)
    return stops[index].mixed(with: stops[index + 1], by: t - Double(index))
  }
}

/// An sRGB colour with 8-bit channels.
struct RGB: Sendable, Equatable {
  var red: Int
  var green: Int
  var blue: Int

  init(_ red: Int, _ green: Int, _ blue: Int) {
    self.red = red
    self.green = green
    self.blue = blue
  }

  /// Linear mix in sRGB: `fraction` 0 gives self, 1 gives `other`.
  func mixed(with other: RGB, by fraction: Double) -> RGB {
    func channel(_ a: Int, _ b: Int) -> Int {
      Int((Double(a) + (Double(b) - Double(a)) * fraction).rounded())
    }
    return RGB(channel(red, other.red), channel(green, other.green), channel(blue, other.blue))
  }

  /// `#RRGGBB` in upper case.
  var hex: String {
    let digits = Array("0123456789ABCDEF")
    var text = "#"
    for channel in [red, green, blue] {
      let value = min(max(channel, 0), 255)
      text.append(digits[value / 16])
      text.append(digits[value % 16])
    }
    return text
  }

  /// Approximate relative lightness 0…1 (Rec. 601 weights on gamma-encoded values).
  var luminance: Double {
    (0.299 * Double(red) + 0.587 * Double(green) + 0.114 * Double(blue)) / 255
  }
}
