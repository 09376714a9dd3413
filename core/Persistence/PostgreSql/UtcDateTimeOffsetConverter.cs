using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseCoach.Core.Persistence.PostgreSql;

/// <summary>Writes a DateTimeOffset as the same instant at offset zero, the only one timestamptz accepts from Npgsql.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
