namespace CaseCoach.Core.Import;

/// <summary>The file as a whole cannot be imported (wrong header, unreadable CSV); nothing was written.</summary>
public sealed class ImportFileException(string message) : Exception(message);
