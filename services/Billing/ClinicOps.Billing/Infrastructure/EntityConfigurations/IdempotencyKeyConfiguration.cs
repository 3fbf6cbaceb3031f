using ClinicOps.Billing.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Billing.Infrastructure.EntityConfigurations;

internal sealed class IdempotencyKeyConfiguration : IEntityTypeConfiguration<IdempotencyKey>
{
    /// <summary>Unique (clinic_id, key): of concurrent requests with one key exactly one can insert it.</summary>
    public const string PrimaryKey = "pk_idempotency_keys";

    public void Configure(EntityTypeBuilder<IdempotencyKey> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(k => new { k.ClinicId, k.Key }).HasName(PrimaryKey);
        builder.Property(k => k.Key).HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(k => k.RequestHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(k => k.ResponseBody).IsRequired();

        builder.HasOne<Payment>().WithMany()
            .HasForeignKey(k => new { k.ClinicId, k.PaymentId })
            .HasPrincipalKey(p => new { p.ClinicId, p.Id })
            .HasConstraintName("fk_idempotency_keys_payments_clinic_id_payment_id").OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => new { k.ClinicId, k.PaymentId }).HasDatabaseName("ix_idempotency_keys_clinic_id_payment_id");
        // The purge of expired keys scans by age across clinics.
        builder.HasIndex(k => k.CreatedAt).HasDatabaseName("ix_idempotency_keys_created_at");
    }
}
