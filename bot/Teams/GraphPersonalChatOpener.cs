using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Graph;
using CaseCoach.Bot.Outbound;
using CaseCoach.Core.Conversations;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace CaseCoach.Bot.Teams;

/// <summary>
/// Opens a 1:1 chat by installing the bot's Teams app for the person (POST users/{id}/teamwork/installedApps; 409
/// means it already is), then asking Graph for that installation's chat, and keeps the chat as the person's stored
/// conversation. 403 (installation refused by policy or consent) and 404 (no such user, no Teams licence, app not in
/// the catalog) are final: the notice goes by email. 429 and 5xx come back later through the outbox.
/// </summary>
internal sealed class GraphPersonalChatOpener(
    GraphClientFactory graph, IOptions<TeamsOptions> teams, IConfiguration configuration, CaseCoachDbContext db, TimeProvider time,
    InstallRefusals refusals, ILogger<GraphPersonalChatOpener> logger) : IPersonalChatOpener
{
    public async Task<ChatOpening> OpenAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (refusals.Recall(aadObjectId) is { } refused)
            return new ChatOpening.Impossible(refused + " (remembered from an earlier attempt)");
        var appId = teams.Value.CatalogAppId!;
        var client = graph.Create();
        var installedApps = client.Users[aadObjectId].Teamwork.InstalledApps;
        try
        {
            try
            {
                await installedApps.PostAsync(new UserScopeTeamsAppInstallation
                {
                    AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = $"{GraphOptions.PublicBaseUrl}/appCatalogs/teamsApps/{appId}" },
                }, cancellationToken: cancellationToken);
            }
            catch (ApiException e) when (e.ResponseStatusCode == 409)
            {
                // Already installed (by the person, an admin policy or an earlier attempt): find its chat below.
            }

            var found = await installedApps.GetAsync(r =>
            {
                r.QueryParameters.Expand = ["teamsApp"];
                r.QueryParameters.Filter = $"teamsApp/id eq '{appId}'";
            }, cancellationToken);
            if (found?.Value is not [{ Id: { } installationId }, ..])
                return new ChatOpening.TryLater("the installation is not listed yet");
            var chat = await installedApps[installationId].Chat.GetAsync(cancellationToken: cancellationToken);
            if (chat?.Id is not { Length: > 0 } chatId)
                return new ChatOpening.TryLater("the installation has no chat yet");
            Log.ChatOpened(logger);
            return new ChatOpening.Opened(await KeepAsync(aadObjectId, chatId, cancellationToken));
        }
        catch (ApiException e) when (e.ResponseStatusCode is 403 or 404)
        {
            Log.InstallRefused(logger, e.ResponseStatusCode, (e as ODataError)?.Error?.Code);
            var reason = e.ResponseStatusCode == 403
                ? $"installing the Teams app was refused (403 {(e as ODataError)?.Error?.Code})"
                : $"no Teams for this person, or the app is not in the catalog (404 {(e as ODataError)?.Error?.Code})";
            refusals.Remember(aadObjectId, reason);
            return new ChatOpening.Impossible(reason);
        }
        catch (ApiException e) when (GraphRetryAfter.IsTransient(e.ResponseStatusCode))
        {
            return new ChatOpening.TryLater($"Graph answered {e.ResponseStatusCode}", GraphRetryAfter.From(e, time.GetUtcNow()));
        }
        catch (ApiException e)
        {
            return new ChatOpening.Impossible($"Graph refused the installation ({e.ResponseStatusCode})");
        }
        catch (HttpRequestException e)
        {
            return new ChatOpening.TryLater($"Graph unreachable ({e.HttpRequestError})");
        }
    }

    /// <summary>Stored like a chat Teams told us about, so every later message (and card update) finds it.</summary>
    private async Task<ConversationReference> KeepAsync(string aadObjectId, string chatId, CancellationToken cancellationToken)
    {
        var tenantId = configuration["MicrosoftAppTenantId"];
        var botId = "28:" + configuration["MicrosoftAppId"];
        var serviceUrl = await db.Conversations.AsNoTracking().Where(c => c.TenantId == tenantId)
            .OrderByDescending(c => c.UpdatedAt).Select(c => c.ServiceUrl).FirstOrDefaultAsync(cancellationToken) ?? teams.Value.ServiceUrl;
        // The user's "29:" id is not known until they write; Teams accepts the Entra object id in its place.
        var coordinates = new ConversationCoordinates(aadObjectId, tenantId, "msteams", serviceUrl, chatId, "personal", botId, aadObjectId);
        if (!await db.Conversations.AnyAsync(c => c.ChannelId == "msteams" && c.ConversationId == chatId, cancellationToken))
        {
            db.Conversations.Add(ConversationRecord.Capture(coordinates, time.GetUtcNow()));
            try { await db.SaveChangesAsync(cancellationToken); }
            catch (DbUpdateException e) when (e.IsUniqueViolation()) { db.ChangeTracker.Clear(); } // Teams' install activity got there first
        }

        return new ConversationReference(serviceUrl, chatId, "msteams", tenantId, botId, aadObjectId, aadObjectId, "personal");
    }
}
