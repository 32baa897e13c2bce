namespace Sahel.Store;

/// <summary>The store cannot be opened or written; the message names the file and the reason.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
