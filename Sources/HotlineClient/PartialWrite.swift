/// A send that failed, with how many bytes of it had reached the socket before it did.
///
/// With none sent, the daemon cannot have seen any of the request, so sending it again on a new
/// connection is safe; with some sent, it may have acted on it (stored a call) and only its answer
/// was lost, so the request must not be sent again behind the caller's back.
struct PartialWrite: Error {
    var sent: Int
    var reason: String
}
