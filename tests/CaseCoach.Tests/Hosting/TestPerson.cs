namespace CaseCoach.Tests.Hosting;

/// <summary>Someone talking to the bot: their Teams user id, Entra object id and 1:1 conversation id.</summary>
public sealed record TestPerson(string Name, string AadObjectId)
{
    public string UserId => $"29:{AadObjectId}";

    public string ConversationId => $"a:personal-{AadObjectId}";

    public static TestPerson Named(string name) => new(name, Guid.NewGuid().ToString());
}
