/// What became of the write-ahead log when the store closed.
public enum CheckpointOutcome: Sendable, Equatable {
    /// Every frame was copied into the database file and the `-wal` file emptied.
    case truncated
    /// The checkpoint could not finish (another process was reading, or the file is not writable);
    /// the log stays beside the database and is folded in at the next start. Nothing is lost.
    case incomplete(StorageFault)
}
