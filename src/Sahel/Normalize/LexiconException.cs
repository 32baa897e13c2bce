namespace Sahel.Normalize;

/// <summary>A gazetteer or actors file that cannot be used; the message names the file and the reason.</summary>
public sealed class LexiconException(string message) : Exception(message);
