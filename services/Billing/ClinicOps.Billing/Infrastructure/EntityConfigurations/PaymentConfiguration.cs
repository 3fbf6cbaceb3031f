using ClinicOps.Billing.Model;
using ClinicOps.Contracts.Billing;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Billing.Infrastructure.EntityConfigurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments", t =>
        {
            t.HasCheckConstraint("ck_payments_amount", "amount > 0");
            t.HasCheckConstraint("ck_payments_status", SqlConditions.In("status", PaymentStatuses.All));
            t.HasCheckConstraint("ck_payments_method", SqlConditions.In("method", PaymentMethods.All));
            t.HasCheckConstraint("ck_payments_currency", "currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_payments_paid_at", $"{SqlConditions.NotIn("status", [PaymentStatuses.Paid, PaymentStatuses.Refunded])} OR paid_at IS NOT NULL");
            t.HasCheckConstraint("ck_payments_refunded_at", $"status <> '{PaymentStatuses.Refunded}' OR refunded_at IS NOT NULL");
        });
        builder.HasKey(p => p.Id).HasName("pk_payments");
        builder.HasAlternateKey(p => new { p.ClinicId, p.Id }).HasName("ak_payments_clinic_id_id");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Amount).HasColumnType("numeric(12,2)");
        builder.Property(p => p.Currency).HasMaxLength(3).IsRequired();
        builder.Property(p => p.Method).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Status).HasMaxLength(20).IsRequired();
        builder.Property(p => p.Reference).HasMaxLength(Payment.MaxReferenceLength);
        builder.Property(p => p.RowVersion).IsRowVersion();

        // A payment belongs to an appointment of the same clinic: the database refuses a cross-clinic link.
        builder.HasOne<Appointment>().WithMany()
            .HasForeignKey(p => new { p.ClinicId, p.AppointmentId })
            .HasPrincipalKey(a => new { a.ClinicId, a.Id })
            .HasConstraintName("fk_payments_appointments_clinic_id_appointment_id")
            .OnDelete(DeleteBehavior.Restrict);

        // The list: newest first, optionally by status (GET /api/payments?status=&from=&to=).
        builder.HasIndex(p => new { p.ClinicId, p.CreatedAt }).HasDatabaseName("ix_payments_clinic_id_created_at");
        builder.HasIndex(p => new { p.ClinicId, p.Status, p.CreatedAt }).HasDatabaseName("ix_payments_clinic_id_status_created_at");
        builder.HasIndex(p => new { p.ClinicId, p.AppointmentId }).HasDatabaseName("ix_payments_clinic_id_appointment_id");
    }
}
