/// The position of an enum case among `allCases`, for flag arrays indexed by case.
extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    var ordinal: Int { Self.allCases.firstIndex(of: self)! }
}
