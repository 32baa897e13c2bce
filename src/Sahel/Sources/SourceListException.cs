namespace Sahel.Sources;

/// <summary>A feed list that cannot be used at all; the message names the file and the reason.</summary>
public sealed class SourceListException(string message) : Exception(message);
