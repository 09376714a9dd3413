using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.Delivery;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// What could not be delivered on any channel (outbox rows Failed for good), described for the QA supervisor: the
/// message's cause, the person it was for (by name: this goes to a person in Teams, never to a log), and why.
/// </summary>
public sealed class StuckDeliveries(CaseCoachDbContext db)
{
    /// <summary>Newest first, at most <paramref name="limit"/>; moments in <paramref name="zone"/> (the reader's).</summary>
    public async Task<IReadOnlyList<StuckLine>> ListAsync(DateTimeZone zone, int limit, CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Failed)
            .OrderByDescending(m => m.Id).Take(limit).ToListAsync(cancellationToken);
        var lines = new List<StuckLine>(rows.Count);
        foreach (var row in rows)
            lines.Add(await DescribeAsync(row.ToEnvelope(), row.LastError ?? "", row.CreatedAt, zone, cancellationToken));
        return lines;
    }

    public async Task<StuckLine> DescribeAsync(OutboxEnvelope row, string why, DateTimeOffset since, DateTimeZone zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var what = row.IdempotencyKey.Split(':')[0];
        return new StuckLine(row.Id, what, await WhoAsync(row, cancellationToken), why, Phrasing.Moment(since, zone));
    }

    private async Task<string> WhoAsync(OutboxEnvelope row, CancellationToken cancellationToken)
    {
        try
        {
            var aad = row.Kind switch
            {
                NoticeOutbox.Kind => JsonSerializer.Deserialize<NoticePayload>(row.Payload, BotJson.Options)?.RecipientAadObjectId,
                TeamsOutbox.MessageKind => JsonSerializer.Deserialize<TeamsMessagePayload>(row.Payload, BotJson.Options)?.Reference?.AadObjectId,
                _ => null,
            };
            if (aad is not null)
                return await db.People.Where(p => p.AadObjectId == aad).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? aad;
            if (row.Kind == "email" && JsonSerializer.Deserialize<EmailMessage>(row.Payload, JsonSerializerOptions.Web) is { } email)
                return string.Join(", ", email.To.Select(a => a.Name ?? a.Address));
        }
        catch (JsonException)
        {
            // An unreadable payload is itself why it is stuck; the reason says so.
        }

        return "?";
    }
}
