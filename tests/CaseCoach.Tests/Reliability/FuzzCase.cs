namespace CaseCoach.Tests.Reliability;

/// <summary>One generated request: the raw body bytes, how they are sent, and what was done to them (for the failure report).</summary>
public sealed record FuzzCase(int Index, byte[] Body, string? ContentType, bool Chunked, string Description);
