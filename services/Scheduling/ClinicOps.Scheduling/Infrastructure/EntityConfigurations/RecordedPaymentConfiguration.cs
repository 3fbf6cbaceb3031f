using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class RecordedPaymentConfiguration : IEntityTypeConfiguration<RecordedPayment>
{
    public void Configure(EntityTypeBuilder<RecordedPayment> builder)
    {
        builder.ToTable("appointment_payments");
        builder.HasKey(p => p.PaymentId).HasName("pk_appointment_payments");
        builder.Property(p => p.PaymentId).ValueGeneratedNever();
        builder.HasIndex(p => new { p.ClinicId, p.AppointmentId }).HasDatabaseName("ix_appointment_payments_clinic_id_appointment_id");
    }
}
