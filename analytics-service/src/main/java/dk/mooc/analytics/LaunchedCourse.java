package dk.mooc.analytics;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.UUID;

/** A MOOC that runs on Coursera (its id is the MOOC id); registered from "course launched". */
@Entity
@Table(name = "launched_course")
public class LaunchedCourse extends PanacheEntityBase {

    @Id
    @Column(name = "mooc_id")
    public UUID moocId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 100)
    public String department;

    @Column(name = "instructor_id", nullable = false, length = 100)
    public String instructorId;

    @Column(name = "instructor_name", nullable = false, length = 200)
    public String instructorName;

    @Column(name = "coursera_url", length = 500)
    public String courseraUrl;

    @Column(name = "launched_on", nullable = false)
    public LocalDate launchedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public CourseStatus status;

    @Version
    @Column(nullable = false)
    public long version;
}
