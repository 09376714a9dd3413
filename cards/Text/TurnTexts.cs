namespace CaseCoach.Cards.Text;

/// <summary>The answer to a chat message no plugin owns, quoting (shortened) what was typed.</summary>
public sealed record UnknownCommandText(string Command) : ITextModel
{
    public static string TemplateName => "turn-unknown-command";
}

/// <summary>A command that names families was typed outside a 1:1 chat, and there is no 1:1 chat to answer in.</summary>
public sealed record PersonalChatOnlyText : ITextModel
{
    public static string TemplateName => "turn-personal-chat-only";
}

/// <summary>Said where the command was typed once the answer went to the 1:1 chat.</summary>
public sealed record SentToPersonalChatText : ITextModel
{
    public static string TemplateName => "turn-sent-to-personal-chat";
}

/// <summary>A card button whose verb no plugin owns any more.</summary>
public sealed record ButtonUnsupportedText : ITextModel
{
    public static string TemplateName => "turn-button-unsupported";
}

/// <summary>A card action that ran out of its time limit; nothing was saved.</summary>
public sealed record TurnTimedOutText : ITextModel
{
    public static string TemplateName => "turn-timed-out";
}

/// <summary>A card action that failed on our side; nothing was saved.</summary>
public sealed record TurnFailedText : ITextModel
{
    public static string TemplateName => "turn-failed";
}

/// <summary>A change that kept meeting someone else's change to the same record; nothing of this one was saved.</summary>
public sealed record TurnConflictedText : ITextModel
{
    public static string TemplateName => "turn-conflicted";
}
