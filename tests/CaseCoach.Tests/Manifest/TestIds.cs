namespace CaseCoach.Tests.Manifest;

/// <summary>Made-up identifiers of a deployment, the kind an administrator copies from Azure.</summary>
internal static class TestIds
{
    public const string AppId = "2f0c9a5e-1b7d-4c1e-9b2a-6f3e8d4c5a10";
    public const string BotId = "7d1e4b2c-3a5f-4e6d-8c9b-0a1b2c3d4e5f";
    public const string TenantId = "0c4d8a2e-5f6b-4a7c-9d1e-2b3c4d5e6f70";
    public const string Domain = "casecoach.agency.example.org";
}
