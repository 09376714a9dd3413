using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CaseCoach.Core.Persistence.Sqlite;

/// <summary>Stores a DateTimeOffset as its UTC ticks; the offset is not kept (every instant reads back in UTC).</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
