using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Demo;

/// <summary>
/// Fictional people and cases so that `dotnet run --project bot` can be tried with no tenant and
/// no import. Runs only when Demo:Seed is true (Development's default) and the database has no people.
/// </summary>
public sealed class DemoDataSeeder(CaseCoachDbContext db, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(cancellationToken))
            return;

        // The demo jurisdiction (riverside) comes from appsettings.Development.json (Jurisdictions:demo), applied
        // before this runs; it claims these units, so look them up rather than create duplicates.
        const string zone = "America/New_York";
        var north = await UnitAsync("North Unit", cancellationToken);
        var south = await UnitAsync("South Unit", cancellationToken);

        Person Make(string id, string email, string name, string title, Role role, Unit unit, Person? supervisor = null)
        {
            var person = Person.Create(id, email, name, title, role, zone);
            person.JoinUnit(unit);
            if (supervisor is not null) person.ReportTo(supervisor);
            db.People.Add(person);
            return person;
        }

        var quality = Make(DemoPeople.DirectorOfQuality, "quality-director@riverside.example", "Morgan Reyes", "Director of Quality", Role.DirectorOfQuality, north);
        var qaSupervisor = Make(DemoPeople.QaSupervisor, "qa-supervisor@riverside.example", "Avery Chen", "Quality Review Supervisor", Role.QaSupervisor, north, quality);
        Make(DemoPeople.Reviewer, "reviewer@riverside.example", "Jordan Patel", "Quality Reviewer", Role.Reviewer, north, qaSupervisor);
        Make(DemoPeople.SecondReviewer, "reviewer2@riverside.example", "Sam Okafor", "Quality Reviewer", Role.Reviewer, north, qaSupervisor);
        var director = Make(DemoPeople.ProgramDirector, "program-director@riverside.example", "Casey Morgan", "Program Director", Role.ProgramDirector, north);
        Make(DemoPeople.ProgramAdministrator, "program-admin@riverside.example", "Riley Brooks", "Program Administrator", Role.ProgramAdministrator, north, director);
        var supervisor = Make(DemoPeople.Supervisor, "supervisor@riverside.example", "Taylor Nguyen", "Case Management Supervisor", Role.Supervisor, north, director);
        var caseworker = Make(DemoPeople.Caseworker, "caseworker@riverside.example", "Dana Lopez", "Case Manager", Role.Caseworker, north, supervisor);
        var southSupervisor = Make(DemoPeople.SouthSupervisor, "supervisor-south@riverside.example", "Jamie Ford", "Case Management Supervisor", Role.Supervisor, south, director);
        var southCaseworker = Make(DemoPeople.SouthCaseworker, "caseworker-south@riverside.example", "Alex Kim", "Case Manager", Role.Caseworker, south, southSupervisor);

        Case Open(string id, string name, Unit unit, Person worker, Person boss, DateOnly opened, decimal score, string[] risks, params DateOnly[] children)
        {
            var opening = Case.Open(id, name, unit, worker, boss, opened);
            opening.Rescore(score, risks);
            opening.MarkListed(opened);
            opening.RecordPriorReports(risks.Length);
            foreach (var birth in children) opening.AddChild(birth);
            db.Cases.Add(opening);
            return opening;
        }

        Open("RC-1001", "Demo family A", north, caseworker, supervisor, new DateOnly(2026, 6, 1), 0.91m, ["prior removal", "substance use"], new DateOnly(2024, 2, 10), new DateOnly(2021, 8, 3));
        Open("RC-1002", "Demo family B", north, caseworker, supervisor, new DateOnly(2026, 8, 15), 0.74m, ["domestic violence"], new DateOnly(2019, 5, 22));
        Open("RC-2001", "Demo family C", south, southCaseworker, southSupervisor, new DateOnly(2026, 7, 20), 0.66m, ["housing instability"], new DateOnly(2025, 1, 30));

        await db.SaveChangesAsync(cancellationToken);
        Log.Seeded(logger);
    }

    private async Task<Unit> UnitAsync(string name, CancellationToken cancellationToken) =>
        await db.Units.SingleOrDefaultAsync(u => u.Name == name, cancellationToken) ?? db.Units.Add(Unit.Create(name)).Entity;
}
