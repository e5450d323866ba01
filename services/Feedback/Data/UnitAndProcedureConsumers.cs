using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VanPhong.Contracts;
using VanPhong.Messaging;

namespace VanPhong.Feedback.Data;

/// <summary>The feedback service's copy of the Board's units (for assigning a lead unit).</summary>
public sealed class KnownUnit
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;
}

internal sealed class KnownUnitConfiguration : IEntityTypeConfiguration<KnownUnit>
{
    public void Configure(EntityTypeBuilder<KnownUnit> b)
    {
        b.ToTable("KnownUnits");
        b.HasKey(u => u.Code);
        b.Property(u => u.Code).HasMaxLength(20);
        b.Property(u => u.Name).HasMaxLength(200);
    }
}

public sealed class OrganisationUnitChangedConsumer(FeedbackDb db, TimeProvider clock) : IdempotentConsumer<OrganisationUnitChanged, FeedbackDb>(db, clock)
{
    protected override async Task ApplyAsync(OrganisationUnitChanged message, ConsumeContext<OrganisationUnitChanged> context)
    {
        var unit = await Db.Units.FindAsync([message.Code], context.CancellationToken);
        if (unit is null)
        {
            unit = new KnownUnit { Code = message.Code };
            Db.Units.Add(unit);
        }

        unit.Name = message.Name;
        unit.IsActive = message.IsActive;
    }
}

/// <summary>Keeps the procedure codes a PAKN may name current with the catalog's publication decisions.</summary>
public sealed class ProcedurePublishedConsumer(FeedbackDb db, TimeProvider clock) : IdempotentConsumer<ProcedurePublished, FeedbackDb>(db, clock)
{
    protected override async Task ApplyAsync(ProcedurePublished message, ConsumeContext<ProcedurePublished> context)
    {
        var procedure = await Db.Procedures.FindAsync([message.Code], context.CancellationToken);
        if (procedure is null)
        {
            procedure = new KnownProcedure { Code = message.Code };
            Db.Procedures.Add(procedure);
        }

        procedure.Name = message.Name;
        procedure.Abolished = message.Change == "Abolished";
    }
}
