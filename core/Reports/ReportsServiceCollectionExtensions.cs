using CaseCoach.Core.Reports.Fidelity;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Core.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The report queries (R23-R27); they read only, so each is scoped with the request's context.</summary>
    public static IServiceCollection AddCaseCoachReportQueries(this IServiceCollection services)
    {
        services.AddScoped<ReportAccess>();
        services.AddScoped<ReviewFacts>();
        services.AddScoped<QuarterlyReportQuery>();
        services.AddSingleton(FidelityTool.LoadEmbedded());
        services.AddScoped<TimelineLoader>();
        services.AddScoped<FidelityReportQuery>();
        services.AddScoped<TickFidelityBoxes>();
        services.AddScoped<Interrater.InterraterReportQuery>();
        services.AddScoped<Digest.OpenChecksQuery>();
        services.AddScoped<Digest.MonthlyDigestQuery>();
        services.AddScoped<ReviewsBehind.ReviewsBehindFigureQuery>();
        services.AddScoped<ReviewsBehind.ReviewDetailQuery>();
        return services;
    }
}
