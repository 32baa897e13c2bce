namespace Sahel.Model;

/// <summary>A feed document that could not be read at all, even after repairs. The message is one line for people.</summary>
public sealed class FeedParseException(string message, Exception? inner = null) : Exception(message, inner);
