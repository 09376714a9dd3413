namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>
/// Endpoints that carry tokens must be absolute https URLs. Development may point at a loopback fake over
/// http, which is how the tests run.
/// </summary>
public static class HttpsUrlRule
{
    public static DoctorFinding Check(DoctorContext context, string key, string value, string what)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return DoctorFinding.Wrong(key, $"'{value}' is not an absolute URL: give the full https:// address of {what}");
        if (uri.Scheme == "http" && !(context.IsDevelopment && uri.IsLoopback))
            return DoctorFinding.Wrong(key, $"'{value}' uses http: {what} must be reached over https (http is allowed only for a loopback address in Development)");
        return DoctorFinding.Ok(key, value);
    }
}
