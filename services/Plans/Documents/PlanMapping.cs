using VanPhong.Calendar;
using VanPhong.Plans.Model;
using VanPhong.Plans.Timeframes;
using VanPhong.Plans.Units;

namespace VanPhong.Plans.Documents;

/// <summary>Between a plan document (what the decision says) and the tracked plan (what the platform keeps).</summary>
public static class PlanMapping
{
    public static Plan ToPlan(PlanDocument document, IReadOnlyCollection<UnitReplica> units, WorkingDayCalendar calendar)
    {
        var plan = new Plan
        {
            Year = document.Year,
            Title = document.Title,
            DecisionNumber = document.DecisionNumber,
            DecisionDate = document.DecisionDate,
            DecisionDateText = document.DecisionDateText,
            Signer = document.Signer,
            SignerTitle = document.SignerTitle,
            LegalBases = [.. document.LegalBases],
            Budget = document.Budget,
            Purpose = document.Purpose,
            Organisation = document.Organisation,
        };

        var order = 0;
        foreach (var (section, sectionOrder) in document.Sections.Select((s, i) => (s, i)))
        {
            plan.Sections.Add(new PlanSection { PlanId = plan.Id, Code = section.Code, Title = section.Title, Order = sectionOrder });
            foreach (var itemDocument in section.Items)
            {
                var item = new PlanItem { PlanId = plan.Id, SectionCode = section.Code, Order = order++ };
                Describe(item, itemDocument, units, calendar, plan.Year);
                plan.Items.Add(item);
            }
        }

        return plan;
    }

    /// <summary>Sets an item's texts and what they mean: units, timeframe, targets, the first quarterly check-in.</summary>
    public static void Describe(PlanItem item, ItemDocument document, IReadOnlyCollection<UnitReplica> units, WorkingDayCalendar calendar, int planYear)
    {
        item.Code = document.Code;
        item.ParentCode = document.ParentCode;
        item.IsGroup = document.IsGroup;
        item.Weight = Math.Max(1, document.Weight);
        item.Content = document.Content;
        item.TimeframeText = document.Timeframe;
        item.LeadUnitsText = document.LeadUnits;
        item.CoordinatingUnitsText = document.CoordinatingUnits;
        item.ExpectedResult = document.ExpectedResult;

        var (lead, leadProblem) = UnitAssignments.Resolve(document.LeadUnits, units);
        var (coordinating, coordinatingProblem) = UnitAssignments.Resolve(document.CoordinatingUnits, units);
        item.LeadUnits = [.. lead];
        item.CoordinatingUnits = [.. coordinating];
        var unitProblems = string.Join(" ", new[]
        {
            leadProblem is null ? null : $"Không xác định được đơn vị thực hiện \"{leadProblem}\".",
            coordinatingProblem is null ? null : $"Không xác định được đơn vị phối hợp \"{coordinatingProblem}\".",
        }.Where(p => p is not null));

        var timeframe = TimeframeInterpreter.Interpret(document.Timeframe, document.Content, document.ExpectedResult, calendar);
        item.Apply(timeframe, unitProblems.Length == 0 ? null : unitProblems);
        item.NextCheckInOn = item.IsGroup || !item.QuarterlyCheckIns
            ? null
            : TimeframeInterpreter.NextCheckIn(item.LastReportedOn ?? item.StartOn?.AddDays(-1) ?? new DateOnly(planYear, 1, 1).AddDays(-1));

        var targets = document.Targets ?? TargetDetector.Detect(document.ExpectedResult);
        item.Targets = targets.Select(t => new PlanItemTarget
        {
            ItemId = item.Id,
            Metric = t.Metric,
            Description = t.Description,
            TargetValue = t.Value,
            Unit = t.Unit,
        }).ToList();
    }

    public static PlanDocument ToDocument(Plan plan) => new(
        plan.Year,
        plan.Title,
        plan.DecisionNumber,
        plan.DecisionDate,
        plan.DecisionDateText,
        plan.Signer,
        plan.SignerTitle,
        plan.LegalBases,
        plan.Budget,
        plan.Purpose,
        plan.Organisation,
        plan.Sections.OrderBy(s => s.Order).Select(s => new SectionDocument(
            s.Code,
            s.Title,
            plan.Items.Where(i => i.SectionCode == s.Code).OrderBy(i => i.Order).Select(i => new ItemDocument(
                i.Code, i.ParentCode, i.IsGroup, i.Content, i.TimeframeText, i.LeadUnitsText, i.CoordinatingUnitsText, i.ExpectedResult, i.Weight,
                i.Targets.Select(t => new TargetDocument(t.Metric, t.Description, t.TargetValue, t.Unit)).ToList())).ToList())).ToList());

    /// <summary>
    /// Next year's plan from this one: every year named in the texts moves on by one (dates shifted), progress,
    /// evidence and reminders start again, and the new plan is a draft for the office to edit and issue.
    /// </summary>
    public static PlanDocument NextYear(PlanDocument document)
    {
        var from = document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var to = (document.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? Shift(string? text) => text?.Replace(from, to, StringComparison.Ordinal);
        return document with
        {
            Year = document.Year + 1,
            Title = Shift(document.Title)!,
            DecisionNumber = null,
            DecisionDate = null,
            DecisionDateText = null,
            Sections = document.Sections.Select(s => s with
            {
                Items = s.Items.Select(i => i with
                {
                    Content = Shift(i.Content)!,
                    Timeframe = Shift(i.Timeframe),
                    ExpectedResult = Shift(i.ExpectedResult),
                }).ToList(),
            }).ToList(),
        };
    }
}
