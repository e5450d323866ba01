using Microsoft.EntityFrameworkCore;

namespace VanPhong.IntegrationTests.Persistence;

/// <summary>
/// Every service maps its entities one way: one <see cref="IEntityTypeConfiguration{TEntity}"/> per entity, in the
/// service's Data/Configurations folder, which its context applies from the assembly.
/// </summary>
public sealed class EntityConfigurationsTests
{
    public static TheoryData<Type> Services() =>
        [typeof(VanPhong.Plans.Marker), typeof(VanPhong.Feedback.Marker), typeof(VanPhong.Catalog.Marker), typeof(VanPhong.Reporting.Marker), typeof(VanPhong.Identity.Marker)];

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_entity_has_one_configuration_and_it_is_in_Data_Configurations(Type marker)
    {
        var configurations = marker.Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                .Select(i => (Type: t, Entity: i.GetGenericArguments()[0])))
            .ToList();

        Assert.NotEmpty(configurations);
        Assert.Empty(configurations.Where(c => c.Type.Namespace != marker.Namespace + ".Data.Configurations").Select(c => c.Type.FullName));
        Assert.Empty(configurations.GroupBy(c => c.Entity).Where(g => g.Count() > 1).Select(g => g.Key.FullName));
    }
}
