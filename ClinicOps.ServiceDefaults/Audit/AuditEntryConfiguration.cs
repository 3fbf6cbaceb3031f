using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.ServiceDefaults.Audit;

/// <summary>Table audit.entries, which migrations leave alone (see <see cref="AuditTable"/>).</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(AuditTable.Name, AuditTable.Schema, table => table.ExcludeFromMigrations());
        builder.HasKey(e => e.Id).HasName("pk_audit_entries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.ClinicId, e.At, e.Id }).HasDatabaseName("ix_audit_entries_clinic_id_at").IsDescending(false, true, true);
    }
}
